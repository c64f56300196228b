import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { e164 } from '../../shared/phone';
import { selector, subtype, selectorValue } from './shared';

export const check = defineOperation(ytel, {
	value: 'check',
	name: 'Check',
	action: 'Check a number against the do-not-contact list',
	description: 'Get the do-not-contact entry of a number for a selector and channel (none: not blocked)',
	method: 'GET',
	path: '/v4/dnc/{endpoint}/{selector}/{subtype}',
	pathValues: {
		endpoint(value, label) {
			return e164(this, label, value);
		},
		selector(value, label) {
			return selectorValue(this, label, value);
		},
	},
	properties: [
		{ displayName: 'Phone Number', name: 'endpoint', type: 'string', required: true, default: '', placeholder: 'e.g. +15558675309', description: 'The number to check, in E.164 format' },
		selector,
		subtype(false),
	],
});
