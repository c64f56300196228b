import type { INodeCredentialDescription, INodeProperties } from 'n8n-workflow';
import { OUTSETA_CREDENTIALS } from './api';

/**
 * API key (every request but the profile ones) or a person's user token (every request, as that
 * person). API Key comes first and is the default: a user token sees one person's data only.
 */
export const authenticationProperty: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'API Key', value: 'apiKey', description: 'Your Outseta API key: every operation except Profile' },
		{
			name: 'User Token',
			value: 'userToken',
			description: "One person's sign-in, for the Profile operations (that person's own profile). Other operations then see only that person's data: use API Key for them.",
		},
	],
	default: 'apiKey',
};

export const outsetaNodeCredentials: INodeCredentialDescription[] = [
	{ name: OUTSETA_CREDENTIALS.apiKey, required: true, displayOptions: { show: { authentication: ['apiKey'] } } },
	{ name: OUTSETA_CREDENTIALS.userToken, required: true, displayOptions: { show: { authentication: ['userToken'] } } },
];
