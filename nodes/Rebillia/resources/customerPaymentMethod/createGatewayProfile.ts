import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { gatewayField } from './shared';
import { bodyCollection, bodyProperty } from '../../shared/fields';
import { customerLocator } from '../../shared/locators';

export const createGatewayProfile = defineOperation(rebillia, {
	value: 'createGatewayProfile',
	name: 'Create Gateway Profile',
	action: 'Create a customer gateway profile',
	description: "Link a customer to their profile at a payment gateway (e.g. a Stripe customer), before inserting payment methods stored there",
	method: 'POST',
	path: '/customers/{customerId}/paymentmethods/customer-gateway-profile',
	properties: [
		customerLocator(),
		bodyProperty(gatewayField),
		bodyProperty({
			key: 'profile',
			label: 'Gateway Profile',
			kind: 'text',
			placeholder: 'e.g. cus_JX4oHk3u',
			description: "The customer's profile ID at the gateway",
			required: true,
		}),
		bodyCollection({ displayName: 'Additional Fields', name: 'additionalFields', fields: [] }),
	],
});
