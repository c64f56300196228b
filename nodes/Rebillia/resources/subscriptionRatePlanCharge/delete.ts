import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { ratePlanChargeIdField } from './shared';
import { subscriptionLocator } from '../../shared/locators';

export const deleteCharge = defineOperation(rebillia, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a subscription rate plan charge',
	description: 'Remove a charge from a subscription',
	method: 'DELETE',
	path: '/subscriptions/{subscriptionId}/rateplan-charges/{ratePlanChargeId}',
	output: 'deleted',
	properties: [subscriptionLocator(), ratePlanChargeIdField],
});
