import { defineOperation } from '../../../shared/operations';
import { companyGatewayLocator } from '../../shared/locators';
import { rebillia } from '../../shared/api';

export const deleteGateway = defineOperation(rebillia, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a company gateway',
	description: 'Disconnect a payment gateway from the company',
	method: 'DELETE',
	path: '/gateways/{companyGatewayId}',
	output: 'deleted',
	properties: [companyGatewayLocator()],
});
