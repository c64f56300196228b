import { defineOperation } from '../../../../shared/operations';
import { rebilliaStorefront } from '../../../shared/storefront';
import { idField } from '../../../shared/storefrontFields';
import { paymentMethodIdField } from './shared';

export const update = defineOperation(rebilliaStorefront, {
	value: 'update',
	name: 'Update',
	action: 'Update a payment method of the shopper',
	description: 'Link a saved payment method to another address of the shopper’s store address book',
	method: 'PUT',
	path: '/paymentmethods/{paymentMethodId}',
	properties: [
		paymentMethodIdField,
		idField({
			displayName: 'Store Address',
			name: 'externalId',
			noun: 'address',
			example: 8,
			searchListMethod: 'searchShopperAddresses',
			description: 'An address from the shopper’s store address book (Address Book: Get Many), sent as externalId',
			send: { type: 'body', property: 'externalId' },
		}),
	],
});
