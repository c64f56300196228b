import { defineOperation } from '../../../../shared/operations';
import { rebilliaStorefront } from '../../../shared/storefront';
import { idField } from '../../../shared/storefrontFields';
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
		idField({
			displayName: 'Payment Method',
			name: 'paymentMethodId',
			noun: 'payment method',
			example: 44,
			searchListMethod: 'searchShopperPaymentMethods',
			description: 'One of the shopper’s payment methods',
			send: { type: 'body', property: 'paymentMethodId' },
		}),
	],
});
