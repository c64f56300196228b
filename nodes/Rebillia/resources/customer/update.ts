import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { bodyCollection } from '../../shared/fields';
import { customerLocator } from '../../shared/locators';

export const update = defineOperation(rebillia, {
	value: 'update',
	name: 'Update',
	action: 'Update a customer',
	description: "Change a customer's name, email or locale",
	method: 'PUT',
	path: '/customers/{customerId}',
	properties: [
		customerLocator(),
		bodyCollection({
			displayName: 'Update Fields',
			name: 'updateFields',
			fields: [
				{ key: 'email', label: 'Email', kind: 'text', placeholder: 'e.g. name@email.com' },
				{ key: 'firstName', label: 'First Name', kind: 'text', placeholder: 'e.g. Zachary' },
				{ key: 'lastName', label: 'Last Name', kind: 'text', placeholder: 'e.g. Taylor' },
				{ key: 'locale', label: 'Locale', kind: 'text', placeholder: 'e.g. us' },
			],
			extraExample: '{"phoneNum": "404 55 4444"}',
		}),
	],
});
