import type { INodeCredentialDescription, INodeProperties } from 'n8n-workflow';
import { credentialsByChoice } from '../../shared/credentialChoice';
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

/**
 * The action node's credentials, by `show` on Authentication: n8n's declarative routing finds the
 * credential that way and no other. The editor then offers both types in one Credential list and
 * pre-selects the newest, so `userTokenScopeNotice` says when a user token was picked.
 */
export const outsetaNodeCredentials: INodeCredentialDescription[] = [
	{ name: OUTSETA_CREDENTIALS.apiKey, required: true, displayOptions: { show: { authentication: ['apiKey'] } } },
	{ name: OUTSETA_CREDENTIALS.userToken, required: true, displayOptions: { show: { authentication: ['userToken'] } } },
];

/** The trigger's credentials, picked by its Authentication option, so a new trigger starts on an API key. */
export const outsetaTriggerCredentials: INodeCredentialDescription[] = credentialsByChoice('authentication', [
	{ value: 'apiKey', credential: OUTSETA_CREDENTIALS.apiKey },
	{ value: 'userToken', credential: OUTSETA_CREDENTIALS.userToken },
]);

/** Shown when the action node runs on a user token outside Profile, where it sees one person's data. */
export const userTokenScopeNotice: INodeProperties = {
	displayName:
		"This credential signs in as one person: Outseta answers with that person's data only. To work on your whole Outseta, pick an Outseta API key credential in Credential.",
	name: 'userTokenScopeNotice',
	type: 'notice',
	default: '',
	displayOptions: { show: { authentication: ['userToken'] }, hide: { resource: ['profile'] } },
};
