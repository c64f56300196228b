import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { bodyCollection, bodyProperty } from '../../shared/fields';
import { customerLocator } from '../../shared/locators';
import { addressBookFields } from '../../shared/bodies';

const REQUIRED = ['street1', 'city', 'zip', 'countryId'];

export const create = defineOperation(rebillia, {
	value: 'create',
	name: 'Create',
	action: 'Create a customer address',
	description: "Add an address to a customer's address book",
	method: 'POST',
	path: '/customers/{customerId}/addressbooks',
	properties: [
		customerLocator(),
		...addressBookFields.filter((field) => REQUIRED.includes(field.key)).map((field) => bodyProperty({ ...field, required: true })),
		bodyCollection({
			displayName: 'Additional Fields',
			name: 'additionalFields',
			fields: addressBookFields.filter((field) => !REQUIRED.includes(field.key)),
		}),
	],
});
