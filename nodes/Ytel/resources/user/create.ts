import type { IDataObject } from 'n8n-workflow';
import { defineOperation } from '../../../shared/operations';
import { bodyField } from '../../../shared/fields';
import { ytelAdmin } from '../../shared/api';
import { extraPropertiesField, text } from '../common';
import { emailBodyField, passwordField, personFields, requireRoles, rolesField } from './shared';

export const create = defineOperation(ytelAdmin, {
	value: 'create',
	name: 'Create',
	action: 'Create a user',
	description: 'Add a user who signs in with an email address and a password',
	method: 'POST',
	path: '/ams/v3/users',
	properties: [
		emailBodyField({ displayName: 'Username (Email)', name: 'username', required: true, description: 'The email address the user signs in with' }),
		passwordField('Password', 'password', 'The user’s first password'),
		rolesField(true),
		...personFields(),
		bodyField(
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: [
					{ name: 'Active', value: 'active' },
					{ name: 'Inactive', value: 'inactive' },
				],
				default: 'active',
				description: 'Whether the user can sign in',
			},
			'status',
		),
		{
			displayName: 'Additional Fields',
			name: 'userAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				text('Account ID', 'belongAcctId', 'e.g. 173c6f7f-c911-f823-fb2d-a13e4780c300', { description: 'The account (or sub-account) the user belongs to; your own account when empty' }),
				extraPropertiesField('{"clientId": null}', 'userAdditionalFields'),
			],
		},
	],
	validate(request) {
		requireRoles(this, (request.body ?? {}) as IDataObject);
	},
});
