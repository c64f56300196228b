import { idField } from '../../../shared/storefrontFields';

export const paymentMethodIdField = idField({
	displayName: 'Payment Method',
	name: 'paymentMethodId',
	noun: 'payment method',
	example: 44,
	searchListMethod: 'searchShopperPaymentMethods',
	description: 'One of the shopper’s payment methods',
});
