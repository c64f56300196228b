import { defineOperation } from '../../../shared/operations';
import { productLocator } from '../../shared/locators';
import { rebillia } from '../../shared/api';

export const deleteFromProduct = defineOperation(rebillia, {
	value: 'deleteFromProduct',
	name: 'Unlink From Product',
	action: 'Unlink a store product from a product',
	description: 'Remove the link between a store product and a Rebillia product',
	method: 'DELETE',
	path: '/products/{productId}/external-products/{externalProductId}',
	output: 'deleted',
	properties: [
		productLocator({ description: 'The Rebillia product the store product is linked to' }),
		{
			displayName: 'External Product ID',
			name: 'externalProductId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 22',
			description: "The store product's external ID, as the product's externalProduct list shows it",
		},
	],
});
