import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { extraPropertiesField, inboxLocator, locatorBodyField, requiredText, text } from '../common';
import { accountSid, OPEN } from './shared';

export const updateEntryStatus = defineOperation(ytel, {
	value: 'updateEntryStatus',
	name: 'Update Entry Status',
	action: 'Mark an inbox entry read, unread, open or closed',
	description: 'Mark an inbox entry (a conversation) read or unread, open or closed',
	method: 'PUT',
	path: '/v4/inbox',
	properties: [
		locatorBodyField({ ...inboxLocator(), name: 'entryInbox', description: 'The inbox of the entry' }, 'inbox'),
		requiredText('Entry Time', 'time', 'e.g. bdfcac40-74d1-11e8-91cc-e77ffb6be75e', { description: 'The entry’s `time` (a time UUID), as Get Entries gives it' }),
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					options: [
						{ name: 'Read', value: 'read' },
						{ name: 'Unread', value: 'unread' },
					],
					default: 'read',
					routing: { send: { type: 'body', property: 'status' } },
				},
				{ displayName: 'Open', name: 'open', type: 'options', options: OPEN, default: 'closed', routing: { send: { type: 'body', property: 'open' } } },
				{
					displayName: 'Partition',
					name: 'partition',
					type: 'number',
					default: 0,
					placeholder: 'e.g. 20180620',
					description: 'The entry’s `partition`, as Get Entries gives it',
					routing: { send: { type: 'body', property: 'partition' } },
				},
				text('Type', 'type', 'e.g. SMS', { description: 'The entry’s `type`, e.g. SMS' }),
				accountSid,
			],
		},
		extraPropertiesField('{"partition": 20180620}'),
	],
});
