import { defineOperation } from '../../../../shared/operations';
import { rebilliaStorefront } from '../../../shared/storefront';
import { cartIdField } from '../checkout/shared';

export const checkSubscription = defineOperation(rebilliaStorefront, {
	value: 'checkSubscription',
	name: 'Check for Subscription',
	action: 'Check whether a cart holds a subscription',
	description: 'Whether a store cart holds a subscription product, and its currency',
	method: 'GET',
	path: '/{publicKey}/carts/{cartId}/validate',
	properties: [cartIdField],
});
