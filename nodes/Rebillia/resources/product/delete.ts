import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { productLocator } from '../../shared/locators';

export const deleteProduct = defineOperation(rebillia, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a product',
	description: 'Delete a product from the catalog',
	method: 'DELETE',
	path: '/products/{productId}',
	output: 'deleted',
	properties: [productLocator()],
});
