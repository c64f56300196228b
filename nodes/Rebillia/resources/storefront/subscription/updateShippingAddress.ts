import { defineOperation } from '../../../../shared/operations';
import { rebilliaStorefront } from '../../../shared/storefront';
import { shopperAddressLocator } from '../../../shared/locators';
import { subscriptionIdField } from './shared';

export const updateShippingAddress = defineOperation(rebilliaStorefront, {
	value: 'updateShippingAddress',
	name: 'Update Shipping Address',
	action: 'Change the shipping address of a subscription',
	description: 'Ship a subscription to another address of the shopper’s store address book; returns the address',
	method: 'PUT',
	path: '/subscriptions/{subscriptionId}/shippingAddress',
	properties: [
		subscriptionIdField,
		shopperAddressLocator({ send: { type: 'body', property: 'externalId' } }),
	],
});
