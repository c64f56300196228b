import { defineOperation } from '../../../shared/operations';
import { listFields, queryOption } from '../../shared/catalogSettingsFields';
import { rebillia } from '../../shared/api';

export const getAll = defineOperation(rebillia, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many company gateways',
	description: 'List the payment gateways of the company',
	method: 'GET',
	path: '/gateways',
	output: 'list',
	properties: [
		...listFields(),
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [queryOption('Status', 'status', 'e.g. active', 'Only gateways in this status, e.g. active')],
		},
	],
});
