import { defineOperation } from '../../../shared/operations';
import { listFields, queryOption } from '../../shared/catalogSettingsFields';
import { rebillia } from '../../shared/api';

export const getAll = defineOperation(rebillia, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many company integrations',
	description: 'List the integrations of the company (e-commerce, shipping, tax)',
	method: 'GET',
	path: '/integrations',
	output: 'list',
	properties: [
		...listFields(),
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [queryOption('Type', 'type', 'e.g. shipping', 'Only integrations of this type, e.g. ecommerce or shipping')],
		},
	],
});
