import { simplifyField } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { bareListFields, orderByOption, readOptions, sortByOption } from '../../shared/coreDescriptions';
import { simplifySubscription } from '../../shared/coreSimplify';
import { subscriptionInclude } from './include';

export const getAll = defineOperation(rebillia, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many subscriptions',
	description: 'List subscriptions, optionally with their rate plans and charges',
	method: 'GET',
	path: '/subscriptions',
	output: 'list',
	simplify: simplifySubscription,
	properties: [...bareListFields(), readOptions([subscriptionInclude, orderByOption, sortByOption]), simplifyField],
});
