import { simplifyField } from '../../../../shared/fields';
import { defineOperation } from '../../../../shared/operations';
import { rebilliaStorefront } from '../../../shared/storefront';
import { listFields } from '../../../shared/fields';
import { simplifyShopperSubscription } from '../../../shared/simplify';
import { subscriptionOptions } from './shared';

export const getAll = defineOperation(rebilliaStorefront, {
	value: 'getAll',
	name: 'Get Many',
	action: "Get the shopper's subscriptions",
	description: 'Every subscription of the shopper the credential acts for',
	method: 'GET',
	path: '/subscriptions',
	output: 'list',
	simplify: simplifyShopperSubscription,
	properties: [
		...listFields(),
		simplifyField,
		subscriptionOptions,
	],
});
