import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { ratePlanChargeIdField } from './shared';
import { bodyCollection } from '../../shared/fields';
import { subscriptionLocator } from '../../shared/locators';
import { chargeTiers, subscriptionChargeUpdate } from '../../shared/charges';

export const update = defineOperation(rebillia, {
	value: 'update',
	name: 'Update',
	action: 'Update a subscription rate plan charge',
	description: 'Change a charge of a subscription; price tiers given replace the charge’s tiers',
	method: 'PUT',
	path: '/subscriptions/{subscriptionId}/rateplan-charges/{ratePlanChargeId}',
	properties: [
		subscriptionLocator(),
		ratePlanChargeIdField,
		bodyCollection({
			displayName: 'Update Fields',
			name: 'updateFields',
			fields: [{ key: 'name', label: 'Name', kind: 'text', placeholder: 'e.g. Monthly box' }, ...subscriptionChargeUpdate, chargeTiers('chargeTier')],
		}),
	],
});
