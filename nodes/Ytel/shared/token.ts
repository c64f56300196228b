import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestHelper } from 'n8n-workflow';
import { UserError } from 'n8n-workflow';
import { resolveBaseUrl } from '../../shared/baseUrl';
import type { TokenExchangeSpec, TokenSet } from '../../shared/tokenExchange';
import { bindRefreshToken, exchangeToken } from '../../shared/tokenExchange';
import { ytel, ytelFailureIn2xx } from './api';

const text = (value: unknown) => String(value ?? '').trim();

/** Where the exchange goes: `/auth/v3/token` at the Base URL (the token endpoint lives with the v4 API). */
export function ytelTokenUrl(credentials: ICredentialDataDecryptedObject): string {
	try {
		return `${resolveBaseUrl(ytel.baseUrl, credentials)}/auth/v3/token`;
	} catch (error) {
		// resolveBaseUrl only throws BaseUrlError, whose message says what to fill in.
		throw unusableAddress((error as Error).message);
	}
}

/** Built apart from the throw: n8n's lint wants node errors thrown, and a credential's exchange has no node. */
function unusableAddress(reason: string): UserError {
	return new UserError(`The Ytel credential has no usable address. ${reason}.`);
}

/** `payload[0].accessToken` and `refreshToken` of a successful answer. */
function tokensOf(body: unknown): TokenSet | undefined {
	const payload = body && typeof body === 'object' ? (body as IDataObject).payload : undefined;
	const first = Array.isArray(payload) ? (payload[0] as IDataObject | undefined) : undefined;
	const accessToken = typeof first?.accessToken === 'string' ? first.accessToken.trim() : '';
	if (!accessToken) return undefined;
	const refreshToken = typeof first?.refreshToken === 'string' ? first.refreshToken.trim() : '';
	return { accessToken, refreshToken: refreshToken || undefined };
}

const HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' };

/**
 * `POST /auth/v3/token`: the refresh-token grant when a refresh token from this login is stored,
 * else (or when Ytel refuses it) the password grant with the email and password, as the sign-in
 * of Ytel's web app does. Ytel answers both in its envelope, `payload[0].accessToken` and
 * `refreshToken`; the access token lasts 120 minutes and the answer does not say so, so it is
 * renewed when Ytel rejects it. The token endpoint allows 25 requests per second.
 */
export const ytelTokenExchange: TokenExchangeSpec = {
	service: 'Ytel',
	credential: 'Ytel API',
	endpoint: ytelTokenUrl,
	required: (credentials) => [
		['Email', text(credentials.email)],
		['Password', String(credentials.password ?? '')],
	],
	requiredBecause: 'In Email and Password mode the credential signs in with them for a token; in API Token mode it needs neither.',
	login: (credentials) => [text(credentials.email).toLowerCase()],
	secrets: (credentials) => [String(credentials.password ?? '')],
	otherSecrets: (credentials) => [text(credentials.apiToken)],
	tokenField: 'accessToken',
	refreshTokenField: 'refreshToken',
	requestsPerSecond: 25,
	refusedIn2xx: ytelFailureIn2xx,
	reading: ytel.errors,
	grants: [
		{
			kind: 'refresh',
			request: (_credentials, endpoint, refreshToken) =>
				refreshToken
					? { method: 'POST', url: endpoint, headers: HEADERS, body: { grantType: 'refresh_token', refreshToken } }
					: undefined,
			read: tokensOf,
		},
		{
			kind: 'password',
			request: (credentials, endpoint) => ({
				method: 'POST',
				url: endpoint,
				headers: HEADERS,
				body: {
					captcha: '',
					grantType: 'resource_owner_credentials',
					password: String(credentials.password ?? ''),
					refreshToken: '',
					username: text(credentials.email),
					refreshDurationMinutes: 120,
				},
			}),
			read: tokensOf,
		},
	],
	words: {
		address: 'the Base URL',
		login: 'the email or password',
		refused: (status, said, answered) => {
			const http = answered === status ? `HTTP ${status}` : `HTTP ${answered}, code ${status}`;
			if (status === 400 || status === 401 || status === 403) {
				return {
					message: `Ytel refused the email or password (${http})${said}`,
					description: 'Check the Email and the Password in the Ytel API credential: the ones you sign in to Ytel with.',
					fault: 'login',
				};
			}
			if (status === 404) {
				return {
					message: `Nothing answers at the token address (${http})${said}`,
					description: 'Check the Base URL in the Ytel API credential (e.g. https://api.ytel.com, without /v4).',
					fault: 'address',
				};
			}
			return undefined;
		},
		noToken: {
			message: 'Ytel answered the sign-in without an access token',
			description: 'POST /auth/v3/token should answer {"status": true, "payload": [{"accessToken": …, "refreshToken": …}]}.',
		},
	},
};

/** What preAuthentication stores: the new access token and the refresh token, bound to this login. */
export async function exchangeYtelToken(helper: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject): Promise<{ accessToken: string; refreshToken: string }> {
	const tokens = await exchangeToken(helper, ytelTokenExchange, credentials);
	return { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken ? bindRefreshToken(ytelTokenExchange, credentials, tokens.refreshToken) : '' };
}
