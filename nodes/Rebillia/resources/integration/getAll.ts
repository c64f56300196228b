import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { filtersCollection, listFields, queryText } from '../../shared/fields';

export const getAll = defineOperation(rebillia, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many company integrations',
	description: 'List the integrations of the company (e-commerce, shipping, tax)',
	method: 'GET',
	path: '/integrations',
	output: 'list',
	properties: [...listFields(), filtersCollection([queryText('Type', 'type', 'e.g. shipping', 'Only integrations of this type, e.g. ecommerce or shipping')])],
});
