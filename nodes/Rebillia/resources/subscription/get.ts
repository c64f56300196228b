import { simplifyField } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { readOptions, subscriptionLocator } from '../../shared/coreDescriptions';
import { simplifySubscription } from '../../shared/coreSimplify';
import { subscriptionInclude } from './include';

export const get = defineOperation(rebillia, {
	value: 'get',
	name: 'Get',
	action: 'Get a subscription',
	description: 'Retrieve one subscription, optionally with its rate plans and charges',
	method: 'GET',
	path: '/subscriptions/{subscriptionId}',
	simplify: simplifySubscription,
	properties: [subscriptionLocator, readOptions([subscriptionInclude]), simplifyField],
});
