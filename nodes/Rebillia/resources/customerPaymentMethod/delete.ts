import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { paymentMethodIdField } from './shared';
import { customerLocator } from '../../shared/locators';

export const deletePaymentMethod = defineOperation(rebillia, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a customer payment method',
	description: "Remove one of a customer's payment methods",
	method: 'DELETE',
	path: '/customers/{customerId}/paymentmethods/{paymentMethodId}',
	output: 'deleted',
	properties: [customerLocator(), paymentMethodIdField],
});
