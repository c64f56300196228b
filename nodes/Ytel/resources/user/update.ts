import type { IDataObject } from 'n8n-workflow';
import { defineOperation } from '../../../shared/operations';
import { ytelAdmin } from '../../shared/api';
import { extraPropertiesField } from '../common';
import { emailBodyField, personFields, requireRoles, rolesField, userByFields, userPaths } from './shared';

export const update = defineOperation(ytelAdmin, {
	value: 'update',
	name: 'Update',
	action: 'Update a user',
	description: 'Change a user’s name, phone, username and roles; the roles are always sent and replace the user’s roles',
	method: 'PUT',
	path: userPaths('/ams/v3/users/{clientId}', '/ams/v3/users/usernames/{username}'),
	properties: [
		...userByFields,
		rolesField(true),
		{
			displayName: 'Update Fields',
			name: 'userUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				...personFields('userUpdateFields'),
				emailBodyField({ displayName: 'New Username (Email)', name: 'username', description: 'A new email address for the user to sign in with' }, 'userUpdateFields'),
				extraPropertiesField('{"firstName": "Annie"}', 'userUpdateFields'),
			],
		},
	],
	validate(request) {
		requireRoles(this, (request.body ?? {}) as IDataObject);
	},
});
