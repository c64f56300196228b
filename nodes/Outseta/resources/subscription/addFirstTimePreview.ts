import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { accountLocator, fieldCollection, planAndTerm } from '../../shared/descriptions';
import { accountInBody, addOnsField } from './shared';

export const addFirstTimePreview = defineOperation(outseta, {
	value: 'addFirstTimePreview',
	name: 'Preview First Subscription',
	action: 'Preview the invoice of a first subscription',
	description: 'What a first subscription to a plan would cost (the invoice it would make); nothing is saved',
	method: 'POST',
	path: '/billing/subscriptions/compute-charge-summary',
	properties: [
		...planAndTerm('', 'locator'),
		fieldCollection('additionalFields', [
			{ ...accountInBody(accountLocator), required: false, description: 'The account the subscription would be for' },
			addOnsField,
			{
				displayName: 'As Of',
				name: 'asOf',
				type: 'options',
				default: 'now',
				options: [
					{ name: 'Now', value: 'now', description: 'The first invoice, with setup fees' },
					{ name: 'Renewal', value: 'renewal', description: 'The invoice at the first renewal' },
				],
				routing: { send: { type: 'query', property: 'asOf' } },
			},
		]),
	],
});
