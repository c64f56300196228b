import type { INodeProperties } from 'n8n-workflow';
import { queryField } from '../../../shared/fields';
import type { ResourceSpec } from '../../../shared/operations';
import { defineOperation } from '../../../shared/operations';
import { ytel, ytelInboxPaging } from '../../shared/api';
import { extraPropertiesField, inboxLocator, listBodyField, listFields, locatorBodyField, requiredText, text } from '../common';

const accountSid = text('Account SID', 'accountSid', 'e.g. 173c6f7f-c911-f823-fb2d-a13e4780c300', { description: 'Your Ytel account SID' });
const inboxInPath = inboxLocator();

const OPEN = [
	{ name: 'Open', value: 'open' },
	{ name: 'Closed', value: 'closed' },
];

export const getEntries = defineOperation(ytel, {
	value: 'getEntries',
	name: 'Get Entries',
	action: 'Get inbox entries',
	description: 'List an inbox’s conversations, newest first (one entry per conversation: its last message)',
	method: 'GET',
	path: '/v4/inbox',
	output: 'list',
	paging: ytelInboxPaging,
	properties: [
		{ ...inboxLocator(), routing: { send: { type: 'query', property: 'inbox' } }, description: 'The inbox; your account SID is the default inbox' },
		...listFields,
		{
			displayName: 'Filters',
			name: 'inboxFilters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				queryField({ displayName: 'Open', name: 'open', type: 'options', options: [
						{ name: 'Open', value: 'open' },
						{ name: 'Closed', value: 'closed' },
						{ name: 'All', value: 'all' },
					],
					default: 'open', description: 'Which conversations' }),
				queryField({ displayName: 'Days', name: 'days', type: 'number', typeOptions: { minValue: 1 }, default: 30, description: 'How many days back (Ytel’s default: 30)' }),
				{ ...queryField({ displayName: 'Start Date', name: 'startDate', type: 'string', default: '', placeholder: 'e.g. 2024-05-01' }), routing: { send: { type: 'query', property: 'startDate', value: '={{ $value.trim() || undefined }}' } } },
				{ ...queryField({ displayName: 'End Date', name: 'endDate', type: 'string', default: '', placeholder: 'e.g. 2024-05-31' }), routing: { send: { type: 'query', property: 'endDate', value: '={{ $value.trim() || undefined }}' } } },
			],
		},
	],
});

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

export const getNames = defineOperation(ytel, {
	value: 'getNames',
	name: 'Get Many',
	action: 'Get many inboxes',
	description: 'List the inboxes (their names and display names)',
	method: 'GET',
	path: '/v4/inbox/name',
	output: 'list',
	properties: listFields,
});

const displayName: INodeProperties = text('Display Name', 'displayName', 'e.g. Support', { description: 'The name people see' });
const clientIds = listBodyField({ displayName: 'Client IDs', name: 'clientIds', placeholder: 'e.g. 3f1c…', description: 'The clients (users) who see the inbox, separated by commas' });

export const create = defineOperation(ytel, {
	value: 'create',
	name: 'Create',
	action: 'Create an inbox',
	description: 'Add an inbox',
	method: 'POST',
	path: '/v4/inbox/create',
	properties: [requiredText('Name', 'name', 'e.g. TestBox', { description: 'The inbox’s name (its ID)' }), displayName, clientIds, extraPropertiesField('{"clientIds": []}')],
});

export const update = defineOperation(ytel, {
	value: 'update',
	name: 'Update',
	action: 'Update an inbox',
	description: 'Change an inbox’s display name and clients',
	method: 'PUT',
	path: '/v4/inbox/{inboxName}',
	properties: [
		inboxInPath,
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [text('Name', 'name', 'e.g. testbox', { description: 'The inbox’s name' }), displayName, listBodyField({ displayName: 'Client IDs', name: 'clientIds', placeholder: 'e.g. 3f1c…', description: 'The clients (users) who see the inbox, separated by commas' }, 'clientIds', 'updateFields'), accountSid],
		},
		extraPropertiesField('{"clientIds": []}'),
	],
});

export const remove = defineOperation(ytel, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete an inbox',
	description: 'Delete an inbox',
	method: 'DELETE',
	path: '/v4/inbox/{inboxName}',
	properties: [inboxInPath],
});

export const inbox: ResourceSpec = {
	name: 'Inbox',
	value: 'inbox',
	operations: [getEntries, updateEntryStatus, getNames, create, update, remove],
	defaultOperation: 'getEntries',
};
