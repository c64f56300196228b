import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { billingRenewalTermOptions, bodyField, uidField } from '../../shared/descriptions';
import { subscriptionIdField } from './shared';

export const addAddOn = defineOperation(outseta, {
	value: 'addAddOn',
	name: 'Add Add-On',
	action: 'Add an add-on to a subscription',
	description: 'Add an add-on, such as extra seats, to a subscription',
	method: 'POST',
	path: '/billing/subscriptionaddons',
	properties: [
		{ ...subscriptionIdField, routing: { send: { type: 'body', property: 'Subscription.Uid' } } },
		{
			...uidField('Add-On Uid', 'addOnUid', 'e.g. z49E5z97', 'The Uid of the add-on (listed under PlanAddOns by Plan: Get Many)'),
			routing: { send: { type: 'body', property: 'AddOn.Uid' } },
		},
		bodyField({ displayName: 'Quantity', name: 'quantity', type: 'number', default: 1, typeOptions: { minValue: 0 } }, 'Quantity'),
		bodyField(
			{ displayName: 'Billing Renewal Term', name: 'billingRenewalTerm', type: 'options', options: billingRenewalTermOptions, default: 1 },
			'BillingRenewalTerm',
		),
	],
});
