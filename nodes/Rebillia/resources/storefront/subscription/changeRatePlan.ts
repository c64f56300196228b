import { defineOperation } from '../../../../shared/operations';
import { rebilliaStorefront } from '../../../shared/storefront';
import { idLocator } from '../../../shared/fields';
import { subscriptionIdField } from './shared';

export const changeRatePlan = defineOperation(rebilliaStorefront, {
	value: 'changeRatePlan',
	name: 'Change Rate Plan',
	action: 'Swap a rate plan of a subscription',
	description: 'Replace one rate plan of a subscription with a rate plan of the product catalog; returns the new subscription rate plan',
	method: 'POST',
	path: '/subscriptions/{subscriptionId}/ratePlans',
	properties: [
		subscriptionIdField,
		idLocator({
			displayName: 'New Product Rate Plan ID',
			name: 'productRatePlanId',
			noun: 'product rate plan',
			example: 7,
			description: 'The catalog rate plan to add (Product: Get Rate Plans lists them)',
			send: { type: 'query', property: 'productRatePlanId' },
		}),
		idLocator({
			displayName: 'Rate Plan to Replace ID',
			name: 'ratePlanId',
			noun: 'subscription rate plan',
			example: 4,
			description: 'The subscription’s own rate plan to remove (its ID in the subscription’s rate plans)',
			send: { type: 'query', property: 'ratePlanId' },
		}),
	],
});
