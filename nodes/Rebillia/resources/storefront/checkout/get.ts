import { defineOperation } from '../../../../shared/operations';
import { rebilliaStorefront } from '../../../shared/storefront';
import { cartIdField, gatewayKeyOptions } from './shared';

export const get = defineOperation(rebilliaStorefront, {
	value: 'get',
	name: 'Get Payment Options',
	action: 'Get the payment options of a checkout',
	description: 'Whether the cart holds a subscription, the gateway settings, the shopper’s saved payment methods and the payment form',
	method: 'GET',
	path: '/checkouts/payments',
	properties: [
		{ ...cartIdField, routing: { send: { type: 'query', property: 'cartId' } } },
		{
			displayName: 'Gateway',
			name: 'gatewayKeyName',
			type: 'options',
			required: true,
			default: 'stripe',
			options: gatewayKeyOptions,
			description: 'The payment gateway to check out with',
			routing: { send: { type: 'query', property: 'gatewayKeyName' } },
		},
	],
});
