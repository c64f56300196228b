import { defineOperation } from '../../../shared/operations';
import { bodyField } from '../../../shared/fields';
import { ytelAdmin } from '../../shared/api';
import { userLocator } from './shared';

export const changeStatus = defineOperation(ytelAdmin, {
	value: 'changeStatus',
	name: 'Change Status',
	action: 'Activate or deactivate a user',
	description: 'Make a user active or inactive',
	method: 'PUT',
	path: '/ams/v3/users/status/{clientId}',
	properties: [
		userLocator(),
		bodyField(
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: [
					{ name: 'Active', value: 'active' },
					{ name: 'Inactive', value: 'inactive', description: 'The user can no longer sign in' },
				],
				default: 'active',
			},
			'status',
		),
	],
});
