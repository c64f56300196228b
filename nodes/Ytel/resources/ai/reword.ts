import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { extraPropertiesField, requiredText } from '../common';

export const reword = defineOperation(ytel, {
	value: 'reword',
	name: 'Reword Text',
	action: 'Reword a text with AI',
	description: 'Have Ytel’s AI rewrite a message, e.g. an SMS',
	method: 'POST',
	path: '/v4/ai/reword',
	properties: [
		requiredText('Text', 'text', 'e.g. Your account is past due. Want to set up a call?', { typeOptions: { rows: 3 } }),
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			options: [{ name: 'SMS', value: 'sms' }],
			default: 'sms',
			description: 'The kind of message the text is',
			routing: { send: { type: 'body', property: 'type' } },
		},
		extraPropertiesField('{"type": "sms"}'),
	],
});
