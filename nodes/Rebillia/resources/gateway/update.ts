import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { bodyCollection } from '../../shared/fields';
import { companyGatewayLocator } from '../../shared/locators';
import { GATEWAY_EXTRA_EXAMPLE, gatewayCredentials, gatewayFields, gatewayName } from './gatewayFields';

export const update = defineOperation(rebillia, {
	value: 'update',
	name: 'Update',
	action: 'Update a company gateway',
	description: 'Rename a payment gateway or change its keys or card types',
	method: 'PUT',
	path: '/gateways/{companyGatewayId}',
	properties: [
		companyGatewayLocator(),
		gatewayCredentials,
		bodyCollection({ displayName: 'Update Fields', name: 'updateFields', fields: [gatewayName, ...gatewayFields], extraExample: GATEWAY_EXTRA_EXAMPLE }),
	],
});
