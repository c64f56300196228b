import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { bodyField } from '../../shared/descriptions';
import { requireUserToken, userTokenNotice } from './shared';

const password = (displayName: string, name: string, bodyPath: string) =>
	bodyField({ displayName, name, type: 'string', typeOptions: { password: true }, required: true, default: '' }, bodyPath);

export const updatePassword = defineOperation(outseta, {
	value: 'updatePassword',
	name: 'Update Password',
	action: 'Change the password of the signed-in person',
	description: 'Change the password of the person the user token belongs to (needs the User Token authentication)',
	method: 'PUT',
	path: '/profile/password',
	properties: [userTokenNotice, password('Current Password', 'existingPassword', 'ExistingPassword'), password('New Password', 'newPassword', 'NewPassword')],
	validate: requireUserToken,
});
