import { defineOperation } from '../../../shared/operations';
import { companyIntegrationLocator } from '../../shared/locators';
import { rebillia } from '../../shared/api';

export const get = defineOperation(rebillia, {
	value: 'get',
	name: 'Get',
	action: 'Get a company integration',
	description: 'Get a company integration by its ID',
	method: 'GET',
	path: '/integrations/{companyIntegrationId}/config',
	properties: [companyIntegrationLocator()],
});
