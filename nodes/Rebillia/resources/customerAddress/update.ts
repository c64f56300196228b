import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { addressIdField } from './shared';
import { bodyCollection } from '../../shared/fields';
import { customerLocator } from '../../shared/locators';
import { addressBookFields } from '../../shared/bodies';

export const update = defineOperation(rebillia, {
	value: 'update',
	name: 'Update',
	action: 'Update a customer address',
	description: "Change an address in a customer's address book",
	method: 'PUT',
	path: '/customers/{customerId}/addressbooks/{addressId}',
	properties: [customerLocator(), addressIdField, bodyCollection({ displayName: 'Update Fields', name: 'updateFields', fields: addressBookFields })],
});
