import { defineOperation } from '../../../shared/operations';
import { companyGatewayLocator } from '../../shared/locators';
import { rebillia } from '../../shared/api';

export const testGateway = defineOperation(rebillia, {
	value: 'test',
	name: 'Test',
	action: 'Test a company gateway',
	description: 'Ask Rebillia to test the connection to a payment gateway; answers the gateway',
	method: 'GET',
	path: '/gateways/{companyGatewayId}/test',
	properties: [companyGatewayLocator()],
});
