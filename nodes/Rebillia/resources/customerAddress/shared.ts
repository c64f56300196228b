import { idField } from '../../shared/coreFields';

export const addressIdField = idField({
	displayName: 'Address ID',
	name: 'addressId',
	placeholder: 'e.g. 1',
	description: "The ID of an entry in the customer's address book (Get Many lists them)",
});
