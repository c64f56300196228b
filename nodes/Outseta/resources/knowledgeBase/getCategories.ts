import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { getManyFields } from '../../shared/descriptions';

export const getCategories = defineOperation(outseta, {
	value: 'getCategories',
	name: 'Get Categories',
	action: 'Get knowledge base categories',
	description: 'List the categories of the knowledge base',
	method: 'GET',
	path: '/support/categories',
	output: 'list',
	properties: getManyFields({ conditionPlaceholder: 'Name', sortable: ['Name', 'Created'], fieldsExample: 'Uid,Name', record: 'category' }),
});
