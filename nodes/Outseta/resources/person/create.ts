import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { fieldCollection, textField, writeOptions } from '../../shared/descriptions';
import { personProperties } from './personFields';

export const create = defineOperation(outseta, {
	value: 'create',
	name: 'Create',
	action: 'Create a person',
	description: 'Add a person to the CRM',
	method: 'POST',
	path: '/crm/people',
	properties: [
		textField('Email', 'email', 'Email', 'e.g. name@email.com', { required: true }),
		textField('First Name', 'firstName', 'FirstName', 'e.g. Ada'),
		textField('Last Name', 'lastName', 'LastName', 'e.g. Lovelace'),
		fieldCollection('additionalFields', personProperties('additionalFields', { withNames: false, withUid: false })),
		writeOptions,
	],
});
