import { simplifyField } from '../../../../shared/fields';
import { defineOperation } from '../../../../shared/operations';
import { rebilliaStorefront } from '../../../shared/storefront';
import { simplifyShopperSubscription } from '../../../shared/simplify';
import { subscriptionIdField, subscriptionOptions } from './shared';

export const get = defineOperation(rebilliaStorefront, {
	value: 'get',
	name: 'Get',
	action: 'Get a subscription of the shopper',
	description: 'One subscription of the shopper, by ID',
	method: 'GET',
	path: '/subscriptions/{subscriptionId}',
	simplify: simplifyShopperSubscription,
	properties: [
		subscriptionIdField,
		simplifyField,
		subscriptionOptions,
	],
});
