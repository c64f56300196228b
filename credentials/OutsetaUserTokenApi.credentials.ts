import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	INodeProperties,
} from 'n8n-workflow';
import { baseUrlExpression } from '../nodes/shared/baseUrl';
import { assertUsableAddress, authenticateAtUsableAddress, credentialText } from '../nodes/shared/credentialAddress';
import { outseta } from '../nodes/Outseta/shared/api';
import { outsetaAddressFields, outsetaTestRules } from '../nodes/Outseta/shared/credentialFields';
import { exchangeUserToken } from '../nodes/Outseta/shared/userToken';

/**
 * A person's access token, from their username and password (`POST /tokens`): what the User
 * Profile requests need, and what every other request accepts.
 */
export class OutsetaUserTokenApi implements ICredentialType {
	name = 'outsetaUserTokenApi';

	displayName = 'Outseta User Token API';

	icon = { light: 'file:../icons/outseta.svg', dark: 'file:../icons/outseta.dark.svg' } as const;

	documentationUrl = 'https://go.outseta.com/support/kb/articles/d1QpxQE7/how-to-integrate-with-outseta-s-rest-api';

	properties: INodeProperties[] = [
		outsetaAddressFields.subdomain,
		{
			displayName: 'Username',
			name: 'username',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. name@email.com',
			description: 'The email the person signs in to Outseta with',
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		outsetaAddressFields.baseUrl,
		{
			displayName: 'Token URL (Optional)',
			name: 'tokenUrl',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://go.outseta.com/api/v1/tokens',
			description:
				'Where the username and password are exchanged for a token; empty means /tokens at the address above. Outseta admin users sign in at https://go.outseta.com/api/v1/tokens.',
		},
		{
			displayName: 'Requests per Second',
			name: 'requestsPerSecond',
			type: 'number',
			typeOptions: { minValue: 0.1 },
			default: 4,
			description: 'Upper bound on requests sent with this credential',
		},
		{
			// Filled by preAuthentication; n8n empties it and asks again after a 401.
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
	];

	/** Runs when the token is empty, on the Test button, and once after a 401 (an expired or revoked token). */
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		assertUsableAddress(outseta, credentials);
		return { accessToken: await exchangeUserToken(this, credentials) };
	}

	authenticate = authenticateAtUsableAddress(outseta, (credentials) => ({
		headers: { Authorization: `bearer ${credentialText(credentials, 'accessToken')}` },
	}));

	/** The signed-in person's profile: the exchange worked and the token is accepted. */
	test: ICredentialTestRequest = {
		request: { baseURL: baseUrlExpression(outseta.baseUrl), url: '/profile', ignoreHttpStatusErrors: false },
		rules: outsetaTestRules('Outseta rejected the user token'),
	};
}
