import { defineOperation } from '../../../../shared/operations';
import { shopperAddressLocator } from '../../../shared/locators';
import { rebilliaStorefront } from '../../../shared/storefront';
import { paymentMethodIdField } from './shared';

export const update = defineOperation(rebilliaStorefront, {
	value: 'update',
	name: 'Update',
	action: 'Update a payment method of the shopper',
	description: 'Link a saved payment method to another address of the shopper’s store address book',
	method: 'PUT',
	path: '/paymentmethods/{paymentMethodId}',
	properties: [paymentMethodIdField, shopperAddressLocator({ send: { type: 'body', property: 'externalId' } })],
});
