import { limitField, returnAllField } from '../../../shared/fields';
import { defineOperation, type ResourceSpec } from '../../../shared/operations';
import { ytel } from '../../shared/api';

const getAll = defineOperation(ytel, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many timezones',
	description: 'The timezones Ytel knows, with their IDs as contacts and numbers carry them',
	method: 'GET',
	path: '/v4/timezone',
	output: 'list',
	properties: [returnAllField, limitField],
});

const get = defineOperation(ytel, {
	value: 'get',
	name: 'Get',
	action: 'Get a timezone',
	description: 'One timezone by its ID',
	method: 'GET',
	path: '/v4/timezone/{timezoneId}',
	properties: [
		{
			displayName: 'Timezone Name or ID',
			name: 'timezoneId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getTimezones' },
			default: '',
			required: true,
			description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		},
	],
});

export const timezone: ResourceSpec = { name: 'Timezone', value: 'timezone', operations: [getAll, get], defaultOperation: getAll.spec.value };
