import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { ratePlanIdField } from './shared';
import { subscriptionLocator } from '../../shared/locators';

export const deleteRatePlan = defineOperation(rebillia, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a subscription rate plan',
	description: 'Remove a rate plan, with its charges, from a subscription',
	method: 'DELETE',
	path: '/subscriptions/{subscriptionId}/rateplans/{ratePlanId}',
	output: 'deleted',
	properties: [subscriptionLocator(), ratePlanIdField],
});
