import { defineOperation } from '../../../../shared/operations';
import { rebilliaStorefront } from '../../../shared/storefront';
import { idField } from '../../../shared/storefrontFields';

export const getClientToken = defineOperation(rebilliaStorefront, {
	value: 'getClientToken',
	name: 'Get Client Token',
	action: 'Get the client token of a payment gateway',
	description: 'The public key a checkout page needs to tokenize a card with this gateway',
	method: 'GET',
	path: '/gateways/{companyGatewayId}/clienttoken',
	properties: [
		idField({ displayName: 'Gateway ID', name: 'companyGatewayId', noun: 'gateway', example: 3412, description: 'The store’s payment gateway' }),
	],
});
