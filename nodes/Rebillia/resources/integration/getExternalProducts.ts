import { queryField } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operations';
import { companyIntegrationLocator } from '../../shared/locators';
import { listFields } from '../../shared/fields';
import { rebillia } from '../../shared/api';

export const getExternalProducts = defineOperation(rebillia, {
	value: 'getExternalProducts',
	name: 'Get Many Store Products',
	action: 'Search the products of an e-commerce integration',
	description: 'Search the products of an e-commerce store integration by name',
	method: 'GET',
	path: '/integrations/{companyIntegrationId}/products',
	output: 'list',
	properties: [
		companyIntegrationLocator({ description: 'The e-commerce integration (store) to search' }),
		queryField({
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. bag',
			description: 'Text the product names must contain',
		}),
		...listFields(),
	],
});
