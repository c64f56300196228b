import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { subscriptionLocator } from '../../shared/coreDescriptions';
import { ratePlanChargeIdField } from './shared';

export const deleteCharge = defineOperation(rebillia, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a subscription rate plan charge',
	description: 'Remove a charge from a subscription',
	method: 'DELETE',
	path: '/subscriptions/{subscriptionId}/rateplan-charges/{ratePlanChargeId}',
	output: 'deleted',
	properties: [subscriptionLocator, ratePlanChargeIdField],
});
