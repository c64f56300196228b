import { defineOperation } from '../../../shared/operations';
import { productLocator } from '../../shared/catalogLocators';
import { rebillia } from '../../shared/api';

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
