import { simplifyField } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { getOptions } from '../../shared/descriptions';
import { simplifySubscription } from '../../shared/simplify';
import { subscriptionIdField } from './shared';

export const get = defineOperation(outseta, {
	value: 'get',
	name: 'Get',
	action: 'Get a subscription',
	description: 'Retrieve one subscription with its plan and account',
	method: 'GET',
	path: '/billing/subscriptions/{subscriptionId}',
	simplify: simplifySubscription,
	properties: [subscriptionIdField, getOptions('Uid,RenewalDate,Plan.Name', 'subscription'), simplifyField],
});
