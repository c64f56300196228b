import { defineOperation } from '../../../../shared/operations';
import { rebilliaStorefront } from '../../../shared/storefront';
import { idLocator } from '../../../shared/fields';

export const getClientToken = defineOperation(rebilliaStorefront, {
	value: 'getClientToken',
	name: 'Get Client Token',
	action: 'Get the client token of a payment gateway',
	description: 'The public key a checkout page needs to tokenize a card with this gateway',
	method: 'GET',
	path: '/gateways/{companyGatewayId}/clienttoken',
	properties: [
		idLocator({ displayName: 'Gateway ID', name: 'companyGatewayId', noun: 'gateway', example: 3412, description: 'The store’s payment gateway' }),
	],
});
