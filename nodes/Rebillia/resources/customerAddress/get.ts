import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { addressIdField } from './shared';
import { customerLocator } from '../../shared/locators';

export const get = defineOperation(rebillia, {
	value: 'get',
	name: 'Get',
	action: 'Get a customer address',
	description: "Retrieve one address of a customer's address book",
	method: 'GET',
	path: '/customers/{customerId}/addressbooks/{addressId}',
	properties: [customerLocator(), addressIdField],
});
