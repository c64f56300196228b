import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { customerLocator } from '../../shared/coreDescriptions';
import { paymentMethodIdField } from './shared';

export const get = defineOperation(rebillia, {
	value: 'get',
	name: 'Get',
	action: 'Get a customer payment method',
	description: "Retrieve one of a customer's payment methods",
	method: 'GET',
	path: '/customers/{customerId}/paymentmethods/{paymentMethodId}',
	properties: [customerLocator, paymentMethodIdField],
});
