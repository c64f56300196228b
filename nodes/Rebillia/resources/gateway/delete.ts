import { defineOperation } from '../../../shared/operations';
import { gatewayLocator } from '../../shared/catalogLocators';
import { rebillia } from '../../shared/api';

export const deleteGateway = defineOperation(rebillia, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a company gateway',
	description: 'Disconnect a payment gateway from the company',
	method: 'DELETE',
	path: '/gateways/{companyGatewayId}',
	output: 'deleted',
	properties: [gatewayLocator()],
});
