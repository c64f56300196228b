import { defineOperation } from '../../../shared/operations';
import { listFields, orderByOption, queryOption, sortByOption } from '../../shared/catalogSettingsFields';
import { rebillia } from '../../shared/api';
import { productInclude } from './productFields';

export const getAll = defineOperation(rebillia, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many products',
	description: 'List the products of the catalog',
	method: 'GET',
	path: '/products',
	output: 'list',
	properties: [
		...listFields(),
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				productInclude,
				queryOption('Saved Filter ID', 'filterId', 'e.g. 23', 'Only products matching this saved filter (Rebillia Settings: Filter: Get Many lists them)'),
				orderByOption,
				sortByOption,
			],
		},
	],
});
