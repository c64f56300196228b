import type { INodeCredentialDescription, INodeProperties } from 'n8n-workflow';
import { OUTSETA_CREDENTIALS } from './api';

/** API key (every request but the profile ones) or a person's user token (every request). */
export const authenticationProperty: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'API Key', value: 'apiKey', description: 'Your Outseta API key: every operation except Profile' },
		{ name: 'User Token', value: 'userToken', description: "A person's sign-in: Profile operations, and every other one as that person" },
	],
	default: 'apiKey',
};

export const outsetaNodeCredentials: INodeCredentialDescription[] = [
	{ name: OUTSETA_CREDENTIALS.apiKey, required: true, displayOptions: { show: { authentication: ['apiKey'] } } },
	{ name: OUTSETA_CREDENTIALS.userToken, required: true, displayOptions: { show: { authentication: ['userToken'] } } },
];
