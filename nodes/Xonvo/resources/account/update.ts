import { defineOperation } from '../../../shared/operations';
import { xonvo } from '../../shared/api';
import { accountIdField } from '../../shared/descriptions';
import { accountProperties } from './accountFields';

export const update = defineOperation(xonvo, {
	value: 'update',
	name: 'Update',
	action: 'Update an account',
	description: 'Change properties of an account',
	method: 'PUT',
	path: '/accounts/{accountId}',
	properties: [
		accountIdField,
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: accountProperties('updateFields', false),
		},
	],
});
