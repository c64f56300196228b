import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestHelper } from 'n8n-workflow';
import { UserError } from 'n8n-workflow';
import { resolveBaseUrl } from '../../shared/baseUrl';
import { readVendorError } from '../../shared/errors';
import { rebilliaStorefront } from './storefront';

const SERVICE = rebilliaStorefront.service;

const NETWORK_CAUSES: Record<string, string> = {
	ECONNREFUSED: 'the connection was refused',
	ENOTFOUND: 'the host name does not exist',
	EAI_AGAIN: 'the host name could not be looked up',
	ETIMEDOUT: 'the connection timed out',
	ECONNRESET: 'the connection was closed unexpectedly',
};

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

interface ThrownHttp {
	response?: { status?: number; data?: unknown };
	cause?: ThrownHttp;
	code?: string;
	httpCode?: string;
}

function statusAndBody(error: unknown): { status?: number; body?: unknown; code?: string } {
	for (let current = error as ThrownHttp | undefined, depth = 0; current && depth < 4; depth++, current = current.cause) {
		if (current.response?.status !== undefined) return { status: current.response.status, body: current.response.data };
		if (current.code && /^E[A-Z_]+$/.test(current.code)) return { code: current.code };
	}
	return {};
}

/**
 * Login Customer's failure in the user's words. A new error with no cause: what the HTTP client
 * threw carries the request, and its query carries the store JWT.
 */
function loginError(error: unknown, origin: string): UserError {
	const { status, body, code } = statusAndBody(error);
	if (status === undefined) {
		const cause = code ? (NETWORK_CAUSES[code] ?? code.toLowerCase().replace(/_/g, ' ')) : 'no answer';
		return new UserError(`${SERVICE} could not be reached at ${origin}: ${cause}`, {
			description: 'Check the Host in the Rebillia Storefront credential.',
		});
	}
	const vendor = readVendorError(body).message;
	const said = vendor ? `: ${vendor}` : '';
	switch (status) {
		case 400:
			return new UserError(`${SERVICE} refused the Store Customer JWT (HTTP 400)${said}`, {
				description:
					'The JWT must be the BigCommerce current_customer JWT of the customer whose email is in the credential. BigCommerce issues these JWTs for a short time, so a stored one may have expired: paste a fresh one, or use a Customer Token instead.',
			});
		case 404:
			return new UserError(`${SERVICE} found no customer with this email in the store of this Public Key (HTTP 404)${said}`, {
				description: 'Check the Customer Email and the Public Key in the credential.',
			});
		case 401:
		case 403:
			return new UserError(`${SERVICE} refused the login (HTTP ${status})${said}`, {
				description: 'Check the Public Key, the Customer Email and the Store Customer JWT in the credential.',
			});
		default:
			return new UserError(`${SERVICE} login failed (HTTP ${status})${said}`, {
				description: 'Login Customer, which exchanges the Store Customer JWT for a customer token, did not succeed.',
			});
	}
}

function unusableAddress(reason: string): UserError {
	return new UserError('The Rebillia Storefront credential has no usable address', { description: reason });
}

function missing(field: string): UserError {
	return new UserError(`Enter the ${field} in the Rebillia Storefront credential`, {
		description: 'The credential exchanges the Store Customer JWT and the Customer Email for a customer token.',
	});
}

/**
 * Login Customer (`GET /storefrontapi/{publicKey}/login?email&token`): the store's customer JWT
 * and the customer's email exchanged for a customer token (24 hours). Used by the credential's
 * preAuthentication, so only `helpers.httpRequest`.
 */
export async function exchangeStoreJwt(helper: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject): Promise<string> {
	let root: string;
	try {
		root = resolveBaseUrl(rebilliaStorefront.baseUrl, credentials);
	} catch (error) {
		// resolveBaseUrl only throws BaseUrlError, whose message says what to fill in.
		throw unusableAddress((error as Error).message);
	}
	const publicKey = text(credentials.publicKey);
	const email = text(credentials.customerEmail);
	const storeJwt = text(credentials.storeJwt);
	if (!publicKey) throw missing('Public Key');
	if (!email) throw missing('Customer Email');
	if (!storeJwt) throw missing('Store Customer JWT');
	let body: unknown;
	try {
		body = await helper.helpers.httpRequest({
			method: 'GET',
			url: `${root}/${encodeURIComponent(publicKey)}/login`,
			qs: { email, token: storeJwt },
			headers: { Accept: 'application/json' },
			json: true,
		});
	} catch (error) {
		throw loginError(error, new URL(root).origin);
	}
	const token = customerTokenOf(body);
	if (!token) {
		throw new UserError(`${SERVICE} answered the login without a customer token`, {
			description: 'Login Customer should answer the token as a JSON string.',
		});
	}
	return token;
}
