import { defineOperation } from '../../../../shared/operations';
import { rebilliaStorefront } from '../../../shared/storefront';
import { bodyCollection, bodyProperty } from '../../../shared/fields';
import { gatewayKeyOptions } from './shared';

export const placeOrder = defineOperation(rebilliaStorefront, {
	value: 'placeOrder',
	name: 'Place Order',
	action: 'Place the order of a checkout',
	description: 'Pay a checkout and create the order in the store; returns the order ID',
	method: 'POST',
	path: '/checkouts/{checkoutId}/place-order',
	properties: [
		{
			displayName: 'Checkout ID',
			name: 'checkoutId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 7983092c-6f9f-47f2-b400-955569aaa58d',
			description: 'The store platform’s checkout (for BigCommerce, the cart ID)',
		},
		bodyProperty({
			key: 'payment.paymentNonce',
			name: 'paymentNonce',
			label: 'Payment Token',
			kind: 'text',
			placeholder: 'e.g. tok_visa',
			description: 'The token (nonce) the payment gateway returned for the shopper’s card',
			required: true,
		}),
		bodyProperty({
			key: 'payment.gatewayKeyName',
			name: 'gatewayKeyName',
			label: 'Gateway',
			kind: 'options',
			options: gatewayKeyOptions,
			default: 'stripe',
			description: 'The payment gateway that issued the token',
			required: true,
		}),
		bodyProperty({ key: 'payment.saveCard', name: 'saveCard', label: 'Save Card', kind: 'boolean', description: 'Whether to keep the card as a payment method of the shopper' }),
		bodyCollection({ displayName: 'Additional Fields', name: 'additionalFields', fields: [], extraExample: '{"payment": {"saveCard": true}}' }),
	],
});
