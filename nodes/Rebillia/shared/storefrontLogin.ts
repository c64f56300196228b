import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestHelper } from 'n8n-workflow';
import { UserError } from 'n8n-workflow';
import { resolveBaseUrl } from '../../shared/baseUrl';
import type { TokenExchangeSpec } from '../../shared/tokenExchange';
import { exchangeToken } from '../../shared/tokenExchange';
import { rebilliaStorefront } from './storefront';

const SERVICE = rebilliaStorefront.service;

const text = (value: unknown) => String(value ?? '').trim();

/** The customer token in Login Customer's answer: a bare JSON string (parsed, or still quoted). */
export function customerTokenOf(body: unknown): string | undefined {
	let value = body;
	if (typeof value === 'string' && value.trim().startsWith('"')) {
		try {
			value = JSON.parse(value.trim());
		} catch {
			return undefined;
		}
	}
	if (value && typeof value === 'object' && typeof (value as IDataObject).token === 'string') value = (value as IDataObject).token;
	return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function storefrontRoot(credentials: ICredentialDataDecryptedObject): string {
	try {
		return resolveBaseUrl(rebilliaStorefront.baseUrl, credentials);
	} catch (error) {
		// resolveBaseUrl only throws BaseUrlError, whose message says what to fill in.
		throw unusableAddress((error as Error).message);
	}
}

/** Built apart from the throw: n8n's lint wants node errors thrown, and a credential's exchange has no node. */
function unusableAddress(reason: string): UserError {
	return new UserError('The Rebillia Storefront credential has no usable address', { description: reason });
}

/**
 * Login Customer (`GET /storefrontapi/{publicKey}/login?email&token`): the store's customer JWT
 * and the customer's email exchanged for a customer token (24 hours). The store JWT travels in
 * the query, so it is one of the secrets no error shows.
 */
export const storefrontLoginExchange: TokenExchangeSpec = {
	service: SERVICE,
	credential: 'Rebillia Storefront',
	endpoint: (credentials) => `${storefrontRoot(credentials)}/${encodeURIComponent(text(credentials.publicKey))}/login`,
	required: (credentials) => [
		['Public Key', text(credentials.publicKey)],
		['Customer Email', text(credentials.customerEmail)],
		['Store Customer JWT', text(credentials.storeJwt)],
	],
	requiredBecause: 'The credential exchanges the Store Customer JWT and the Customer Email for a customer token.',
	login: (credentials) => [text(credentials.customerEmail)],
	secrets: (credentials) => [text(credentials.storeJwt)],
	tokenField: 'sessionToken',
	// Rebillia documents no limit; the credential's own default.
	requestsPerSecond: 10,
	grants: [
		{
			kind: 'password',
			request: (credentials, endpoint) => ({
				method: 'GET',
				url: endpoint,
				qs: { email: text(credentials.customerEmail), token: text(credentials.storeJwt) },
				headers: { Accept: 'application/json' },
			}),
			read: (body) => {
				const token = customerTokenOf(body);
				return token ? { accessToken: token } : undefined;
			},
		},
	],
	words: {
		address: 'the Host',
		login: 'the Public Key, the Customer Email and the Store Customer JWT',
		refused: (status, said) => {
			switch (status) {
				case 400:
					return {
						message: `${SERVICE} refused the Store Customer JWT (HTTP 400)${said}`,
						description:
							'The JWT must be the BigCommerce current_customer JWT of the customer whose email is in the credential. BigCommerce issues these JWTs for a short time, so a stored one may have expired: paste a fresh one, or use a Customer Token instead.',
						fault: 'login',
					};
				case 404:
					return {
						message: `${SERVICE} found no customer with this email in the store of this Public Key (HTTP 404)${said}`,
						description: 'Check the Customer Email and the Public Key in the credential.',
						fault: 'login',
					};
				case 401:
				case 403:
					return {
						message: `${SERVICE} refused the login (HTTP ${status})${said}`,
						description: 'Check the Public Key, the Customer Email and the Store Customer JWT in the credential.',
					};
				case 429:
					return undefined;
				default:
					return {
						message: `${SERVICE} login failed (HTTP ${status})${said}`,
						description: 'Login Customer, which exchanges the Store Customer JWT for a customer token, did not succeed.',
					};
			}
		},
		noToken: {
			message: `${SERVICE} answered the login without a customer token`,
			description: 'Login Customer should answer the token as a JSON string.',
		},
	},
};

/** A customer token for the store JWT, through the shared token exchange (used by the credential's preAuthentication). */
export async function exchangeStoreJwt(helper: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject): Promise<string> {
	return (await exchangeToken(helper, storefrontLoginExchange, credentials)).accessToken;
}
