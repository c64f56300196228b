import { defineOperation } from '../../../shared/operations';
import { ytelAdmin } from '../../shared/api';
import { userByFields, userPaths } from './shared';

export const remove = defineOperation(ytelAdmin, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a user',
	description: 'Delete a user by ID or by username',
	method: 'DELETE',
	path: userPaths('/ams/v3/users/{clientId}', '/ams/v3/users/usernames/{username}'),
	properties: userByFields,
});
