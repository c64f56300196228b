import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { customerLocator } from '../../shared/locators';

export const deleteCustomer = defineOperation(rebillia, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a customer',
	description: 'Delete a customer with everything that hangs off them (subscriptions, payment methods, credits)',
	method: 'DELETE',
	path: '/customers/{customerId}',
	output: 'deleted',
	properties: [customerLocator()],
});
