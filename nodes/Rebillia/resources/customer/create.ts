import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { bodyCollection, bodyProperty } from '../../shared/fields';
import { addressTypeField, streetFields } from '../../shared/bodies';

export const create = defineOperation(rebillia, {
	value: 'create',
	name: 'Create',
	action: 'Create a customer',
	description: 'Create a customer, optionally with a first address',
	method: 'POST',
	path: '/customers',
	properties: [
		bodyProperty({ key: 'firstName', label: 'First Name', kind: 'text', placeholder: 'e.g. Zachary', required: true }),
		bodyProperty({ key: 'lastName', label: 'Last Name', kind: 'text', placeholder: 'e.g. Taylor', required: true }),
		bodyProperty({ key: 'email', label: 'Email', kind: 'text', placeholder: 'e.g. name@email.com', required: true }),
		bodyCollection({
			displayName: 'Additional Fields',
			name: 'additionalFields',
			fields: [
				{ key: 'contactName', label: 'Address Contact Name', kind: 'text', placeholder: 'e.g. Zachary Taylor' },
				...streetFields.filter((field) => field.key !== 'street2'),
				addressTypeField,
			],
			extraExample: '{"phoneNum": "404 55 4444"}',
		}),
	],
});
