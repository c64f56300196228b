import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { refuse } from '../../shared/validate';

export const create = defineOperation(outseta, {
	value: 'create',
	name: 'Create',
	action: "Create a person's access token",
	description:
		'Sign a person in without their password, with the API key: their access token (as the profile and chat widgets use). Treat the token as a secret.',
	method: 'POST',
	path: '/tokens',
	validate() {
		if (this.getNodeParameter('authentication', 'apiKey') !== 'apiKey') {
			refuse(this, 'Token: Create needs the API key: pick an Outseta API key credential in Credential', 'Only the API key may sign a person in without their password. Nothing was sent.');
		}
	},
	properties: [
		{
			displayName: 'Username',
			name: 'username',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. name@email.com',
			description: 'The email of the person',
			// Outseta takes the form-encoded body of an OAuth token request.
			routing: {
				send: {
					preSend: [
						async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
							const username = String(this.getNodeParameter('username', '')).trim();
							if (!username) refuse(this, '"Username" is required');
							requestOptions.body = new URLSearchParams({ username }).toString();
							requestOptions.headers = { ...requestOptions.headers, 'Content-Type': 'application/x-www-form-urlencoded' };
							return requestOptions;
						},
					],
				},
			},
		},
	],
});
