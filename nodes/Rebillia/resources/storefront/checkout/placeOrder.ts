import { bodyField } from '../../../../shared/fields';
import { defineOperation } from '../../../../shared/operations';
import { rebilliaStorefront } from '../../../shared/storefront';
import { extraPropertiesField } from '../../../shared/storefrontFields';
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
		bodyField(
			{
				displayName: 'Payment Token',
				name: 'paymentNonce',
				type: 'string',
				required: true,
				default: '',
				placeholder: 'e.g. tok_visa',
				description: 'The token (nonce) the payment gateway returned for the shopper’s card',
			},
			'payment.paymentNonce',
		),
		bodyField(
			{
				displayName: 'Gateway',
				name: 'gatewayKeyName',
				type: 'options',
				required: true,
				default: 'stripe',
				options: gatewayKeyOptions,
				description: 'The payment gateway that issued the token',
			},
			'payment.gatewayKeyName',
		),
		bodyField(
			{
				displayName: 'Save Card',
				name: 'saveCard',
				type: 'boolean',
				default: false,
				description: 'Whether to keep the card as a payment method of the shopper',
			},
			'payment.saveCard',
		),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [extraPropertiesField('additionalFields', '{"payment": {"saveCard": true}}')],
		},
	],
});
