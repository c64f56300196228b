import { defineOperation } from '../../../../shared/operations';
import { rebilliaStorefront } from '../../../shared/storefront';
import { idField } from '../../../shared/storefrontFields';
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
		idField({
			displayName: 'Store Address',
			name: 'externalId',
			noun: 'address',
			example: 10,
			searchListMethod: 'searchShopperAddresses',
			description: 'An address from the shopper’s store address book (Address Book: Get Many), sent as externalId',
			send: { type: 'body', property: 'externalId' },
		}),
	],
});
