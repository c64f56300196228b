import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { addressBookFields } from '../../shared/coreBodies';
import { customerLocator } from '../../shared/coreDescriptions';
import { bodyCollection } from '../../shared/coreFields';
import { addressIdField } from './shared';

export const update = defineOperation(rebillia, {
	value: 'update',
	name: 'Update',
	action: 'Update a customer address',
	description: "Change an address in a customer's address book",
	method: 'PUT',
	path: '/customers/{customerId}/addressbooks/{addressId}',
	properties: [customerLocator, addressIdField, bodyCollection({ displayName: 'Update Fields', name: 'updateFields', fields: addressBookFields })],
});
