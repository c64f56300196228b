import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { chargeTierList, chargeUpdateSettings } from '../../shared/coreBodies';
import { subscriptionLocator } from '../../shared/coreDescriptions';
import { bodyCollection } from '../../shared/coreFields';
import { ratePlanChargeIdField } from './shared';

export const update = defineOperation(rebillia, {
	value: 'update',
	name: 'Update',
	action: 'Update a subscription rate plan charge',
	description: 'Change a charge of a subscription; price tiers given replace the charge’s tiers',
	method: 'PUT',
	path: '/subscriptions/{subscriptionId}/rateplan-charges/{ratePlanChargeId}',
	properties: [
		subscriptionLocator,
		ratePlanChargeIdField,
		bodyCollection({
			displayName: 'Update Fields',
			name: 'updateFields',
			fields: [{ key: 'name', label: 'Name', kind: 'text', placeholder: 'e.g. Monthly box' }, ...chargeUpdateSettings, chargeTierList],
		}),
	],
});
