import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { addressIdField } from './shared';
import { customerLocator } from '../../shared/locators';

export const deleteAddress = defineOperation(rebillia, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a customer address',
	description: "Remove an address from a customer's address book",
	method: 'DELETE',
	path: '/customers/{customerId}/addressbooks/{addressId}',
	output: 'deleted',
	properties: [customerLocator(), addressIdField],
});
