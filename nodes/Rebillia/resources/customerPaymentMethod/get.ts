import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { paymentMethodIdField } from './shared';
import { customerLocator } from '../../shared/locators';

export const get = defineOperation(rebillia, {
	value: 'get',
	name: 'Get',
	action: 'Get a customer payment method',
	description: "Retrieve one of a customer's payment methods",
	method: 'GET',
	path: '/customers/{customerId}/paymentmethods/{paymentMethodId}',
	properties: [customerLocator(), paymentMethodIdField],
});
