import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { ratePlanIdField } from './shared';
import { subscriptionLocator } from '../../shared/locators';

export const get = defineOperation(rebillia, {
	value: 'get',
	name: 'Get',
	action: 'Get a subscription rate plan',
	description: 'Retrieve one rate plan of a subscription, with its charges',
	method: 'GET',
	path: '/subscriptions/{subscriptionId}/rateplans/{ratePlanId}',
	properties: [subscriptionLocator(), ratePlanIdField],
});
