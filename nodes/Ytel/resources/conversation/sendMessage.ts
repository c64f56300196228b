import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { extraPropertiesField, requiredText, text } from '../common';
import { from, to, metadata } from './shared';

export const sendMessage = defineOperation(ytel, {
	value: 'sendMessage',
	name: 'Send Message',
	action: 'Send a message in a conversation',
	description: 'Send an SMS from the inbox, into a contact’s conversation',
	method: 'POST',
	path: '/v4/conversation',
	properties: [
		from,
		to,
		requiredText('Text', 'text', 'e.g. Hello from inbox.', { typeOptions: { rows: 3 } }),
		{
			displayName: 'Options',
			name: 'messageOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				text('Account SID', 'accountSid', 'e.g. 173c6f7f-c911-f823-fb2d-a13e4780c300', { description: 'Your Ytel account SID' }),
				text('Source ID', 'sourceId', 'e.g. fsi', { description: 'Where the message comes from' }, 'source.sourceId'),
			],
		},
		metadata,
		extraPropertiesField('{"metadata": {"publish": true}}'),
	],
});
