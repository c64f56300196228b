import { defineOperation } from '../../../shared/operations';
import { integrationLocator } from '../../shared/catalogLocators';
import { listFields } from '../../shared/catalogSettingsFields';
import { rebillia } from '../../shared/api';

export const getOrderStatuses = defineOperation(rebillia, {
	value: 'getOrderStatuses',
	name: 'Get Many Order Statuses',
	action: 'Get the order statuses of an e-commerce integration',
	description: 'List the order statuses of an e-commerce store integration (e.g. Shipped)',
	method: 'GET',
	path: '/integrations/{companyIntegrationId}/orders/statuses',
	output: 'list',
	properties: [integrationLocator('The e-commerce integration (store)'), ...listFields()],
});
