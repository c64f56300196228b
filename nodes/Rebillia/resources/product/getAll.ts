import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { listFields, optionsCollection, savedFilterField, sortOptions } from '../../shared/fields';
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
		optionsCollection([
			productInclude,
			savedFilterField('products'),
			...sortOptions(['createdAt', 'updatedAt', 'status', 'name', 'sku']),
		]),
	],
});
