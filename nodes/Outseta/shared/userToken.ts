import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestHelper } from 'n8n-workflow';
import { UserError } from 'n8n-workflow';
import { resolveBaseUrl } from '../../shared/baseUrl';
import type { TokenExchangeSpec } from '../../shared/tokenExchange';
import { exchangeToken } from '../../shared/tokenExchange';
import { outseta } from './api';

const SERVICE = 'Outseta';

const text = (value: unknown) => String(value ?? '').trim();

function accessTokenOf(body: unknown): unknown {
	let parsed = body;
	if (typeof body === 'string') {
		try {
			parsed = JSON.parse(body);
		} catch {
			return undefined;
		}
	}
	return parsed && typeof parsed === 'object' ? (parsed as IDataObject).access_token : undefined;
}

function unusableAddress(description: string): UserError {
	return new UserError('The Outseta User Token credential has no usable address', { description });
}

/** Where the exchange goes: the Token URL when set, else `/tokens` below the API root. */
export function tokenUrlOf(credentials: ICredentialDataDecryptedObject): string {
	const custom = text(credentials.tokenUrl);
	if (custom) {
		if (!/^https?:\/\/[^/@\s]+(\/.*)?$/i.test(custom)) {
			throw new UserError('The Token URL must be an http:// or https:// address, e.g. https://go.outseta.com/api/v1/tokens');
		}
		return custom;
	}
	try {
		return `${resolveBaseUrl(outseta.baseUrl, credentials)}/tokens`;
	} catch (error) {
		// resolveBaseUrl only throws BaseUrlError, whose message says what to fill in.
		throw unusableAddress((error as Error).message);
	}
}

/**
 * `POST /tokens` with the username and password (form-encoded), as Outseta's sign-in does: the
 * user's access token. Outseta issues no refresh tokens, so the password grant is the only one.
 */
export const outsetaUserTokenExchange: TokenExchangeSpec = {
	service: SERVICE,
	credential: 'Outseta User Token',
	endpoint: tokenUrlOf,
	required: (credentials) => [
		['Username', text(credentials.username)],
		['Password', String(credentials.password ?? '')],
	],
	login: (credentials) => [text(credentials.username)],
	secrets: (credentials) => [String(credentials.password ?? '')],
	tokenField: 'accessToken',
	// Outseta allows 4 requests per second, the sign-in included.
	requestsPerSecond: 4,
	grants: [
		{
			kind: 'password',
			request: (credentials, endpoint) => ({
				method: 'POST',
				url: endpoint,
				body: new URLSearchParams({ username: text(credentials.username), password: String(credentials.password ?? '') }).toString(),
				headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
			}),
			read: (body) => {
				const token = accessTokenOf(body);
				return typeof token === 'string' && token.trim() ? { accessToken: token.trim() } : undefined;
			},
		},
	],
	words: {
		address: 'the Subdomain, Base URL or Token URL',
		login: 'the username or password',
		refused: (status, said) => {
			if (status === 400 || status === 401 || status === 403) {
				return {
					message: `${SERVICE} refused the username or password (HTTP ${status})${said}`,
					description:
						'Check the Username (the email the person signs in with) and the Password. For an Outseta admin user, set Token URL to https://go.outseta.com/api/v1/tokens.',
				};
			}
			if (status === 404) {
				return {
					message: `Nothing answers at the token address (HTTP 404)${said}`,
					description: 'Check the Subdomain, or that the Base URL ends with the API path (/api/v1), or the Token URL.',
				};
			}
			if (status === 429) return undefined;
			return { message: `${SERVICE} could not issue a user token (HTTP ${status})${said}` };
		},
		noToken: {
			message: `${SERVICE} answered the sign-in without an access token`,
			description: 'POST /tokens should answer {"access_token": …, "token_type": "bearer"}.',
		},
	},
};

/** The user's access token, through the shared token exchange (used by the credential's preAuthentication). */
export async function exchangeUserToken(helper: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject): Promise<string> {
	return (await exchangeToken(helper, outsetaUserTokenExchange, credentials)).accessToken;
}
