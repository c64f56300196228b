import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { requireUserToken, userTokenNotice } from './shared';

export const get = defineOperation(outseta, {
	value: 'get',
	name: 'Get',
	action: 'Get the profile of the signed-in person',
	description: 'Retrieve the person the user token belongs to (needs the User Token authentication)',
	method: 'GET',
	path: '/profile',
	properties: [userTokenNotice],
	validate: requireUserToken,
});
