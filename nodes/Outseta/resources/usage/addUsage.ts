import { dateBodyField } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { bodyField, uidField } from '../../shared/descriptions';
import { OUTSETA_DATE_TIME } from '../../shared/dates';

export const addUsage = defineOperation(outseta, {
	value: 'addUsage',
	name: 'Add Usage',
	action: 'Record usage of an add-on',
	description: 'Record how much of a usage-billed add-on a subscription used; it is billed at the end of the period',
	method: 'POST',
	path: '/billing/usage',
	properties: [
		{
			...uidField('Subscription Add-On Uid', 'subscriptionAddOnUid', 'e.g. KjW7e4Qq', "The Uid of the add-on on the subscription (an entry of the subscription's SubscriptionAddOns)"),
			routing: { send: { type: 'body', property: 'SubscriptionAddOn.Uid' } },
		},
		bodyField({ displayName: 'Amount', name: 'amount', type: 'number', required: true, default: 1, description: 'How many units were used' }, 'Amount'),
		dateBodyField(
			{ displayName: 'Usage Date', name: 'usageDate', type: 'dateTime', required: true, default: '', description: 'When the usage happened' },
			'UsageDate',
			OUTSETA_DATE_TIME,
		),
	],
});
