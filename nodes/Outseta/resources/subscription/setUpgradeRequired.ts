import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { bodyField, fieldCollection, textField } from '../../shared/descriptions';
import { subscriptionIdField } from './shared';

export const setUpgradeRequired = defineOperation(outseta, {
	value: 'setUpgradeRequired',
	name: 'Set Upgrade Required',
	action: 'Require a subscription upgrade',
	description: 'Ask the person to upgrade (e.g. over a usage limit): Outseta shows the message until they do',
	method: 'PUT',
	path: '/billing/subscriptions/{subscriptionId}/setsubscriptionupgraderequired',
	properties: [
		// Outseta wants the subscription's Uid in the body too.
		{ ...subscriptionIdField, routing: { send: { type: 'body', property: 'Uid' } } },
		bodyField(
			{ displayName: 'Upgrade Required', name: 'isPlanUpgradeRequired', type: 'boolean', default: true, description: 'Whether the person must upgrade; off clears it' },
			'IsPlanUpgradeRequired',
		),
		textField('Message', 'message', 'PlanUpgradeRequiredMessage', 'e.g. You reached the 5 seats of your plan', {
			description: 'Shown to the person',
		}),
		fieldCollection('additionalFields', [
			bodyField(
				{ displayName: 'New Required Quantity', name: 'newRequiredQuantity', type: 'number', default: 1, description: 'The quantity the person must upgrade to, for per-unit plans' },
				'NewRequiredQuantity',
			),
		]),
	],
});
