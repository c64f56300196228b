import { defineOperation } from '../../../shared/operations';
import { companyIntegrationLocator } from '../../shared/locators';
import { listFields } from '../../shared/fields';
import { rebillia } from '../../shared/api';

export const getOrderStatuses = defineOperation(rebillia, {
	value: 'getOrderStatuses',
	name: 'Get Many Order Statuses',
	action: 'Get the order statuses of an e-commerce integration',
	description: 'List the order statuses of an e-commerce store integration (e.g. Shipped)',
	method: 'GET',
	path: '/integrations/{companyIntegrationId}/orders/statuses',
	output: 'list',
	properties: [companyIntegrationLocator({ description: 'The e-commerce integration (store)' }), ...listFields()],
});
