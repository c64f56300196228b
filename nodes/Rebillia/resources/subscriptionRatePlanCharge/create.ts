import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { bodyCollection, bodyProperty, idField } from '../../shared/fields';
import { subscriptionLocator } from '../../shared/locators';
import { chargeTiers, subscriptionChargeCreate } from '../../shared/charges';

export const create = defineOperation(rebillia, {
	value: 'create',
	name: 'Create',
	action: 'Create a subscription rate plan charge',
	description: 'Add a charge to a rate plan of a subscription',
	method: 'POST',
	path: '/subscriptions/{subscriptionId}/rateplans/{ratePlanId}/rateplan-charges',
	properties: [
		subscriptionLocator(),
		idField({
			displayName: 'Rate Plan ID',
			name: 'ratePlanId',
			example: 7,
			description: 'The rate plan of the subscription the charge is added to',
		}),
		bodyProperty({ key: 'name', label: 'Name', kind: 'text', placeholder: 'e.g. Monthly box', required: true }),
		bodyProperty(chargeTiers('chargeTier')),
		bodyCollection({ displayName: 'Additional Fields', name: 'additionalFields', fields: subscriptionChargeCreate }),
	],
});
