import { simplifyField } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { subscriptionInclude } from './include';
import { optionsCollection } from '../../shared/fields';
import { subscriptionLocator } from '../../shared/locators';
import { simplifySubscription } from '../../shared/simplify';

export const get = defineOperation(rebillia, {
	value: 'get',
	name: 'Get',
	action: 'Get a subscription',
	description: 'Retrieve one subscription, optionally with its rate plans and charges',
	method: 'GET',
	path: '/subscriptions/{subscriptionId}',
	simplify: simplifySubscription,
	properties: [subscriptionLocator(), optionsCollection([subscriptionInclude]), simplifyField],
});
