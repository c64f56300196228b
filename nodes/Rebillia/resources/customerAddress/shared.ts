import { idField } from '../../shared/fields';

export const addressIdField = idField({
	displayName: 'Address ID',
	name: 'addressId',
	example: 1,
	description: "The ID of an entry in the customer's address book (Get Many lists them)",
});
