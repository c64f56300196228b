import { simplifyField } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { subscriptionInclude } from './include';
import { listFields, optionsCollection, sortOptions } from '../../shared/fields';
import { simplifySubscription } from '../../shared/simplify';

export const getAll = defineOperation(rebillia, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many subscriptions',
	description: 'List subscriptions, optionally with their rate plans and charges',
	method: 'GET',
	path: '/subscriptions',
	output: 'list',
	simplify: simplifySubscription,
	properties: [...listFields(), optionsCollection([subscriptionInclude, ...sortOptions(['createdAt', 'updatedAt', 'status', 'name', 'nextCharge', 'lastCharge'])]), simplifyField],
});
