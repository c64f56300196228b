import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import {
	currencyField,
	customerBillingAddressField,
	customerPaymentMethodField,
	effectiveStartDateField,
	gatewayField,
	subscriptionNameField,
} from './fields';
import { bodyCollection, bodyProperty } from '../../shared/fields';
import { customerLocator } from '../../shared/locators';
import { subscriptionRatePlans } from '../../shared/bodies';

const ratePlans = subscriptionRatePlans('ratePlan');

export const create = defineOperation(rebillia, {
	value: 'create',
	name: 'Create',
	action: 'Create a subscription',
	description: 'Subscribe a customer to rate plans of your products',
	method: 'POST',
	path: '/subscriptions',
	properties: [
		customerLocator({ send: { type: 'body', property: 'customerId' } }),
		bodyProperty({ ...subscriptionNameField, required: true }),
		bodyProperty(currencyField),
		bodyProperty(gatewayField),
		{
			...bodyProperty(ratePlans),
			description: 'The rate plans the customer subscribes to, each with its charges and their price tiers',
		},
		bodyCollection({
			displayName: 'Additional Fields',
			name: 'additionalFields',
			fields: [
				customerPaymentMethodField,
				effectiveStartDateField,
				{ key: 'detail', label: 'Detail', kind: 'text', placeholder: 'e.g. Gift for Anna', description: 'A note on the subscription' },
				customerBillingAddressField,
			],
			extraExample: '{"shippingServiceId": "02"}',
		}),
	],
});
