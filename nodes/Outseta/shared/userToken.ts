import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestHelper } from 'n8n-workflow';
import { sleep, UserError } from 'n8n-workflow';
import { resolveBaseUrl } from '../../shared/baseUrl';
import { parseRetryAfter, readVendorError } from '../../shared/errors';
import { outseta } from './api';

const SERVICE = 'Outseta';
/** 429s the exchange waits out (Retry-After, else 1 s), and the longest wait it accepts. */
const RATE_LIMIT_RETRIES = 3;
const MAX_WAIT_MS = 10_000;

const NETWORK_CAUSES: Record<string, string> = {
	ECONNREFUSED: 'the connection was refused',
	ENOTFOUND: 'the host name does not exist',
	EAI_AGAIN: 'the host name could not be looked up',
	ETIMEDOUT: 'the connection timed out',
	ECONNRESET: 'the connection was closed unexpectedly',
};

interface ThrownHttp {
	response?: { status?: number; data?: unknown; headers?: Record<string, unknown> };
	cause?: ThrownHttp;
	code?: string;
}

function answerOf(error: unknown): { status?: number; body?: unknown; retryAfter?: number; code?: string } {
	for (let current = error as ThrownHttp | undefined, depth = 0; current && depth < 4; depth++, current = current.cause) {
		if (current.response?.status !== undefined) {
			const header = current.response.headers?.['retry-after'];
			return { status: current.response.status, body: current.response.data, retryAfter: parseRetryAfter(header === undefined ? undefined : String(header)) };
		}
		if (current.code && /^E[A-Z_]+$/.test(current.code)) return { code: current.code };
	}
	return {};
}

/**
 * The exchange's failure in the user's words. A new error without a cause: what the HTTP client
 * threw carries the request, whose body holds the password.
 */
function exchangeError(error: unknown, origin: string): UserError {
	const { status, body, code } = answerOf(error);
	if (status === undefined) {
		const cause = code ? (NETWORK_CAUSES[code] ?? code) : 'no answer';
		return new UserError(`${SERVICE} could not be reached at ${origin}: ${cause}`, {
			description: 'Check the Subdomain, Base URL or Token URL in the Outseta User Token credential.',
		});
	}
	const said = readVendorError(body).message;
	const detail = said ? `: ${said}` : '';
	if (status === 400 || status === 401 || status === 403) {
		return new UserError(`${SERVICE} refused the username or password (HTTP ${status})${detail}`, {
			description:
				'Check the Username (the email the person signs in with) and the Password. For an Outseta admin user, set Token URL to https://go.outseta.com/api/v1/tokens.',
		});
	}
	if (status === 404) {
		return new UserError(`Nothing answers at the token address (HTTP 404)${detail}`, {
			description: 'Check the Subdomain, or that the Base URL ends with the API path (/api/v1), or the Token URL.',
		});
	}
	return new UserError(`${SERVICE} could not issue a user token (HTTP ${status})${detail}`);
}

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

function unusableAddress(description: string): UserError {
	return new UserError('The Outseta User Token credential has no usable address', { description });
}

/**
 * `POST /tokens` with the username and password (form-encoded), as Outseta's sign-in does: the
 * user's access token. Used by the credential's preAuthentication, so only `helpers.httpRequest`.
 * A 429 is waited out (at most three times); a refused password says so, without the password.
 */
export async function exchangeUserToken(helper: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject): Promise<string> {
	const url = tokenUrlOf(credentials);
	const username = text(credentials.username);
	const password = String(credentials.password ?? '');
	if (!username) throw new UserError('Enter the Username in the Outseta User Token credential');
	if (!password) throw new UserError('Enter the Password in the Outseta User Token credential');
	let body: unknown;
	for (let attempt = 0; ; attempt++) {
		try {
			body = await helper.helpers.httpRequest({
				method: 'POST',
				url,
				body: new URLSearchParams({ username, password }).toString(),
				headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
				json: true,
			});
			break;
		} catch (error) {
			const { status, retryAfter } = answerOf(error);
			const wait = retryAfter ?? 1000;
			if (status === 429 && attempt < RATE_LIMIT_RETRIES && wait <= MAX_WAIT_MS) {
				await sleep(wait);
				continue;
			}
			throw exchangeError(error, new URL(url).origin);
		}
	}
	const token = accessTokenOf(body);
	if (typeof token !== 'string' || !token.trim()) {
		throw new UserError(`${SERVICE} answered the sign-in without an access token`, {
			description: 'POST /tokens should answer {"access_token": …, "token_type": "bearer"}.',
		});
	}
	return token.trim();
}
