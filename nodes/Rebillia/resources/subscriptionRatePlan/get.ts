import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { subscriptionLocator } from '../../shared/coreDescriptions';
import { ratePlanIdField } from './shared';

export const get = defineOperation(rebillia, {
	value: 'get',
	name: 'Get',
	action: 'Get a subscription rate plan',
	description: 'Retrieve one rate plan of a subscription, with its charges',
	method: 'GET',
	path: '/subscriptions/{subscriptionId}/rateplans/{ratePlanId}',
	properties: [subscriptionLocator, ratePlanIdField],
});
