import { simplifyField } from '../../../../shared/fields';
import { defineOperation } from '../../../../shared/operations';
import { rebilliaStorefront } from '../../../shared/storefront';
import { listFields } from '../../../shared/storefrontFields';
import { simplifyShopperSubscription, subscriptionInclude } from './shared';

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
		{ displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options: [subscriptionInclude] },
	],
});
