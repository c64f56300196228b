import type { INodeProperties } from 'n8n-workflow';

/** The payment gateways a store can check out with, as Settings lists them (paymentGateways). */
export const gatewayKeyOptions = [
	{ name: 'Authorize.net', value: 'authorize' },
	{ name: 'Braintree', value: 'braintree' },
	{ name: 'CyberSource', value: 'cybersource' },
	{ name: 'Square', value: 'square' },
	{ name: 'Stripe', value: 'stripe' },
];

export const cartIdField: INodeProperties = {
	displayName: 'Cart ID',
	name: 'cartId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 7983092c-6f9f-47f2-b400-955569aaa58d',
	description: 'The ID of the shopper’s cart in the store platform',
};
