import { defineOperation } from '../../../../shared/operations';
import { rebilliaStorefront } from '../../../shared/storefront';
import { paymentMethodIdField } from './shared';

export const get = defineOperation(rebilliaStorefront, {
	value: 'get',
	name: 'Get',
	action: 'Get a payment method of the shopper',
	description: 'One saved payment method of the shopper, by ID',
	method: 'GET',
	path: '/paymentmethods/{paymentMethodId}',
	properties: [paymentMethodIdField],
});
