import { defineOperation } from '../../../shared/operations';
import { ytel, ytelInboxPaging } from '../../shared/api';
import { queryField } from '../../../shared/fields';
import { inboxLocator, listFields } from '../common';

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
