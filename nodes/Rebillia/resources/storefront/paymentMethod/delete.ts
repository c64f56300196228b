import { defineOperation } from '../../../../shared/operations';
import { rebilliaStorefront } from '../../../shared/storefront';
import { paymentMethodIdField } from './shared';

export const deleteOperation = defineOperation(rebilliaStorefront, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a payment method of the shopper',
	description: 'Remove a saved payment method; returns {"deleted": true}',
	method: 'DELETE',
	path: '/paymentmethods/{paymentMethodId}',
	output: 'deleted',
	properties: [paymentMethodIdField],
});
