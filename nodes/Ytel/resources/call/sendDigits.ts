import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { requiredText } from '../common';
import { callLocator } from './shared';

export const sendDigits = defineOperation(ytel, {
	value: 'sendDigits',
	name: 'Send Digits',
	action: 'Send digit tones into a call',
	description: 'Play phone keypad tones into a call in progress, e.g. to move through a menu',
	method: 'POST',
	path: '/v4/call/sendDigit/{callSid}',
	properties: [callLocator(), requiredText('Digits', 'playDtmf', 'e.g. 0123456789*#', { description: 'The tones to play: 0-9, * and #' })],
});
