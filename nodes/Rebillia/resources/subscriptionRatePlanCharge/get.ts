import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { ratePlanChargeIdField } from './shared';
import { subscriptionLocator } from '../../shared/locators';

export const get = defineOperation(rebillia, {
	value: 'get',
	name: 'Get',
	action: 'Get a subscription rate plan charge',
	description: 'Retrieve one charge of a subscription, with its price tiers',
	method: 'GET',
	path: '/subscriptions/{subscriptionId}/rateplan-charges/{ratePlanChargeId}',
	properties: [subscriptionLocator(), ratePlanChargeIdField],
});
