import { defineOperation } from '../../../shared/operations';
import { companyIntegrationLocator } from '../../shared/locators';
import { rebillia } from '../../shared/api';

export const getExternalProduct = defineOperation(rebillia, {
	value: 'getExternalProduct',
	name: 'Get Store Product',
	action: 'Get a product of an e-commerce integration',
	description: 'Get a product of an e-commerce store integration, with its options and variants',
	method: 'GET',
	path: '/integrations/{companyIntegrationId}/products/{externalProductId}',
	properties: [
		companyIntegrationLocator({ description: 'The e-commerce integration (store) the product is in' }),
		{
			displayName: 'Store Product ID',
			name: 'externalProductId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 1460',
			description: "The product's ID in the store",
		},
	],
});
