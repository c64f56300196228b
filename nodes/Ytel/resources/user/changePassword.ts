import { defineOperation } from '../../../shared/operations';
import { ytelAdmin } from '../../shared/api';
import { passwordField, pinCodeField } from './shared';

export const changePassword = defineOperation(ytelAdmin, {
	value: 'changePassword',
	name: 'Change My Password',
	action: 'Change my password',
	description: 'Change the password of the user this credential signs in as; enter the new one in the credential afterwards',
	method: 'PUT',
	path: '/ams/v3/users/password/update',
	properties: [
		passwordField('Current Password', 'oldPassword', 'The password in use now; Ytel refuses the change when it does not match'),
		passwordField('New Password', 'newPassword', 'The password to use from now on'),
		{
			displayName: 'Options',
			name: 'passwordOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [pinCodeField(false, 'The code of your authenticator app; needed when two-factor authentication is on', 'passwordOptions')],
		},
	],
});
