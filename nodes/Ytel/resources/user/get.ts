import { defineOperation } from '../../../shared/operations';
import { ytelAdmin } from '../../shared/api';
import { userByFields, userPaths } from './shared';

export const get = defineOperation(ytelAdmin, {
	value: 'get',
	name: 'Get',
	action: 'Get a user',
	description: 'Get a user by ID or by username',
	method: 'GET',
	path: userPaths('/ams/v3/users/{clientId}', '/ams/v3/users/usernames/{username}'),
	properties: userByFields,
});
