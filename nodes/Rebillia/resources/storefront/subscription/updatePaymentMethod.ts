import { defineOperation } from '../../../../shared/operations';
import { rebilliaStorefront } from '../../../shared/storefront';
import { shopperPaymentMethodLocator } from '../../../shared/locators';
import { subscriptionIdField } from './shared';

export const updatePaymentMethod = defineOperation(rebilliaStorefront, {
	value: 'updatePaymentMethod',
	name: 'Update Payment Method',
	action: 'Change the payment method of a subscription',
	description: 'Charge a subscription to another of the shopper’s payment methods; returns that payment method',
	method: 'PUT',
	path: '/subscriptions/{subscriptionId}/payment',
	properties: [
		subscriptionIdField,
		shopperPaymentMethodLocator({ send: { type: 'body', property: 'paymentMethodId' } }),
	],
});
