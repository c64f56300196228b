import { defineOperation } from '../../../shared/operations';
import { companyGatewayLocator } from '../../shared/locators';
import { rebillia } from '../../shared/api';

export const get = defineOperation(rebillia, {
	value: 'get',
	name: 'Get',
	action: 'Get a company gateway',
	description: 'Get one of the company’s payment gateways',
	method: 'GET',
	path: '/gateways/{companyGatewayId}',
	properties: [companyGatewayLocator()],
});
