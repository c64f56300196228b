import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { bodyCollection } from '../../shared/fields';
import { productLocator } from '../../shared/locators';
import { PRODUCT_EXTRA_EXAMPLE, productFields, productName } from './productFields';

export const update = defineOperation(rebillia, {
	value: 'update',
	name: 'Update',
	action: 'Update a product',
	description: 'Change the name, SKU, category, description or dates of a product',
	method: 'PUT',
	path: '/products/{productId}',
	properties: [
		productLocator(),
		bodyCollection({ displayName: 'Update Fields', name: 'updateFields', fields: [productName, ...productFields], extraExample: PRODUCT_EXTRA_EXAMPLE }),
	],
});
