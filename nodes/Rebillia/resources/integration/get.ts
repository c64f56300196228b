import { defineOperation } from '../../../shared/operations';
import { integrationLocator } from '../../shared/catalogLocators';
import { rebillia } from '../../shared/api';

export const get = defineOperation(rebillia, {
	value: 'get',
	name: 'Get',
	action: 'Get a company integration',
	description: 'Get a company integration by its ID',
	method: 'GET',
	path: '/integrations/{companyIntegrationId}/config',
	properties: [integrationLocator()],
});
