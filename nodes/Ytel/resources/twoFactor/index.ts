import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import type { ResourceSpec } from '../../../shared/operations';
import { defineOperation } from '../../../shared/operations';
import { ytelAdmin } from '../../shared/api';
import { passwordField, pinCodeField, userLocator } from '../user/shared';

const setUp = defineOperation(ytelAdmin, {
	value: 'setUp',
	name: 'Set Up',
	action: 'Turn on two-factor authentication',
	description: 'Make the user this credential signs in as need a PIN code from an authenticator app',
	method: 'POST',
	path: '/ams/v3/users/setup2fa',
});

const check = defineOperation(ytelAdmin, {
	value: 'check',
	name: 'Check',
	action: 'Check a two-factor PIN code',
	description: 'Check a PIN code and password of the user this credential signs in as',
	method: 'POST',
	path: '/ams/v3/users/confirm2fa',
	properties: [
		pinCodeField(true, 'The code the authenticator app shows now'),
		passwordField('Password', 'password', 'The password of the user this credential signs in as'),
	],
});

const clear = defineOperation(ytelAdmin, {
	value: 'clear',
	name: 'Clear',
	action: 'Turn off two-factor authentication',
	description: 'Turn off two-factor authentication for yourself or for another user',
	method: 'DELETE',
	path: { by: 'clearFor', paths: { me: '/ams/v3/users/clear2fa', user: '/ams/v3/users/clear2fa/{clientId}' } },
	properties: [
		{
			displayName: 'Clear For',
			name: 'clearFor',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'Me', value: 'me', description: 'The user this credential signs in as' },
				{ name: 'Another User', value: 'user' },
			],
			default: 'me',
		},
		{ ...userLocator(), displayOptions: { show: { clearFor: ['user'] } } },
		passwordField('Password', 'password', 'Your password (the user this credential signs in as), also when clearing another user'),
		pinCodeField(false, 'The code of your authenticator app: needed to clear your own, and to clear another user’s when yours is on'),
	],
	validate(request) {
		const body = (request.body ?? {}) as IDataObject;
		if (this.getNodeParameter('clearFor', 'me') === 'me' && body.pincode === undefined) {
			throw new NodeOperationError(this.getNode(), '"PIN Code" is required to clear your own two-factor authentication', {
				itemIndex: this.getItemIndex(),
				description: 'Enter the code your authenticator app shows. Nothing was sent to Ytel.',
			});
		}
	},
});

export const twoFactor: ResourceSpec = {
	name: 'Two-Factor Authentication',
	value: 'twoFactor',
	operations: [setUp, check, clear],
	defaultOperation: 'setUp',
};
