import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { title, templateText, mediaUrl, extra } from './shared';

export const create = defineOperation(ytel, {
	value: 'create',
	name: 'Create',
	action: 'Create an SMS template',
	description: 'Add an SMS template with its text and/or media URL',
	method: 'POST',
	path: '/v4/smstemplate',
	properties: [title(true), templateText, mediaUrl, extra],
});
