import type {
	IAuthenticateRuleResponseCode,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	INodeProperties,
} from 'n8n-workflow';
import { baseUrlExpression } from '../nodes/shared/baseUrl';
import { assertUsableAddress, authenticateAtUsableAddress, credentialText } from '../nodes/shared/credentialAddress';
import { ytel, YTEL_AUTH_MODES } from '../nodes/Ytel/shared/api';
import { exchangeYtelToken } from '../nodes/Ytel/shared/token';

const withLogin = { show: { authMode: [YTEL_AUTH_MODES.emailPassword] } };
const withToken = { show: { authMode: [YTEL_AUTH_MODES.apiToken] } };

/** Ytel's message when it rejects a token, for the Test; the sign-in's own errors come first in Email and Password mode. */
const TOKEN_REJECTED = 'Ytel rejected the token: in API Token mode check the API Token; in Email and Password mode Ytel refused the token it had just issued';

/**
 * Ytel (CPaaS v4, account administration, the contact centre): an email and password exchanged
 * for a token at `POST /auth/v3/token` (renewed when Ytel rejects it), or a long-lived API token
 * made in Ytel's web app.
 */
export class YtelApi implements ICredentialType {
	name = 'ytelApi';

	displayName = 'Ytel API';

	icon = { light: 'file:../icons/ytel.svg', dark: 'file:../icons/ytel.dark.svg' } as const;

	documentationUrl = 'https://github.com/n8n-nodes-connector-pack/n8n-nodes-connector-pack/blob/main/docs/ytel/README.md#ytel-api';

	properties: INodeProperties[] = [
		{
			displayName: 'Authentication',
			name: 'authMode',
			type: 'options',
			options: [
				{
					name: 'Email and Password',
					value: YTEL_AUTH_MODES.emailPassword,
					description: 'Sign in with your Ytel email and password for a token, renewed automatically; works for every Ytel request',
				},
				{
					name: 'API Token',
					value: YTEL_AUTH_MODES.apiToken,
					description:
						"A long-lived token made in Ytel's web app; it works for the v4 API but not for account and user administration",
				},
			],
			default: YTEL_AUTH_MODES.emailPassword,
		},
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'e.g. name@email.com',
			default: '',
			required: true,
			description: 'The email you sign in to Ytel with',
			displayOptions: withLogin,
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			displayOptions: withLogin,
		},
		{
			displayName: 'API Token',
			name: 'apiToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: "The token made in Ytel's web app",
			displayOptions: withToken,
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.ytel.com',
			description: 'The address of the Ytel API (v4, account administration and sign-in), without /v4',
		},
		{
			displayName: 'Contact Centre Base URL',
			name: 'yccBaseUrl',
			type: 'string',
			default: 'https://ycc-api.ytel.com/api/v2',
			description: "The address of Ytel's contact-centre administration API",
		},
		{
			displayName: 'Requests per Second',
			name: 'requestsPerSecond',
			type: 'number',
			typeOptions: { minValue: 0.1 },
			default: 50,
			description:
				'Upper bound on requests sent with this credential. Ytel allows 150 per second per account; with several n8n workers, divide it between them.',
		},
		{
			// Filled by preAuthentication with the exchanged token; renewed when Ytel rejects it.
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
		{
			// Filled by preAuthentication; tried before the password when the token is renewed.
			displayName: 'Refresh Token',
			name: 'refreshToken',
			type: 'hidden',
			typeOptions: { password: true },
			default: '',
		},
	];

	/**
	 * Runs when the access token is empty, on the Test button, and after Ytel rejects the token: in
	 * Email and Password mode a refresh (when a refresh token of this login is stored) or a sign-in;
	 * an API token needs no exchange.
	 */
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		assertUsableAddress(ytel, credentials);
		if (credentials.authMode === YTEL_AUTH_MODES.apiToken) return {};
		return await exchangeYtelToken(this, credentials);
	}

	authenticate = authenticateAtUsableAddress(ytel, (credentials) => ({
		headers: {
			Authorization: `Bearer ${credentialText(credentials, credentials.authMode === YTEL_AUTH_MODES.apiToken ? 'apiToken' : 'accessToken').trim()}`,
		},
	}));

	/** One cheap v4 read (the time zones) with the token: after the sign-in in Email and Password mode. */
	test: ICredentialTestRequest = {
		request: { baseURL: baseUrlExpression(ytel.baseUrl), url: '/v4/timezone/', ignoreHttpStatusErrors: false },
		// n8n's tester reads both kinds of rule from one list (codes on a failure, the body on a
		// success); the type admits one kind per list.
		rules: [
			{ type: 'responseCode', properties: { value: 401, message: TOKEN_REJECTED } },
			{ type: 'responseCode', properties: { value: 403, message: TOKEN_REJECTED } },
			{
				type: 'responseCode',
				properties: { value: 404, message: 'Nothing answers at this Base URL: it should be the Ytel API address without /v4, e.g. https://api.ytel.com' },
			},
			{ type: 'responseSuccessBody', properties: { key: 'status', value: false, message: TOKEN_REJECTED } },
		] as unknown as IAuthenticateRuleResponseCode[],
	};
}
