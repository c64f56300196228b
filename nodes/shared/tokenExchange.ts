import type { ICredentialDataDecryptedObject, IHttpRequestHelper, IHttpRequestOptions } from 'n8n-workflow';
import { sleep, UserError } from 'n8n-workflow';
import type { ErrorReading } from './api';
import { headerValue, NETWORK_CAUSES, parseRetryAfter, rateLimitPauseMs, readVendorError } from './errors';
import { fingerprint } from './fingerprint';
import { holdBack, waitForSlot } from './pacing';

/**
 * One token exchange for every credential that trades a login for a token (Outseta's user token,
 * Rebillia's storefront login, Ytel's `/auth/v3/token`), called from the credential's
 * `preAuthentication` with n8n's `helpers.httpRequest`:
 * - single flight: parallel requests of one credential whose token is empty or was just rejected
 *   share one exchange; a caller still holding the token a finished exchange replaced gets that
 *   exchange's result instead of a new one;
 * - grants in order: the refresh-token grant when a refresh token is stored, the password grant
 *   when the refresh is refused;
 * - its own pacing per token endpoint, and 429s waited out (a few times, a few seconds at most);
 * - errors that say which of address, login or token is wrong, carry no cause (what the HTTP
 *   client threw holds the request, and with it the password) and show no secret in any encoding.
 */

export interface TokenSet {
	accessToken: string;
	refreshToken?: string;
}

/** One way of obtaining a token. */
export interface TokenGrant {
	kind: 'refresh' | 'password';
	/**
	 * The request to the token endpoint; undefined when the credential holds nothing for it. A
	 * refresh grant gets the stored refresh token when it was issued to this same login.
	 */
	request(credentials: ICredentialDataDecryptedObject, endpoint: string, refreshToken?: string): IHttpRequestOptions | undefined;
	/** The tokens of a successful answer; undefined when it holds none. */
	read(body: unknown): TokenSet | undefined;
}

/** What is wrong, as the error says it: the address, the login, the stored token, the answer, or the service. */
export type ExchangeFault = 'address' | 'login' | 'token' | 'answer' | 'service';

export interface ExchangeWords {
	message: string;
	description?: string;
	fault?: ExchangeFault;
}

export interface TokenExchangeSpec {
	/** The vendor as messages name it, e.g. "Outseta". */
	service: string;
	/** The credential as the user sees it, e.g. "Outseta User Token" ("… in the Outseta User Token credential"). */
	credential: string;
	/** The token endpoint (full URL); throws a UserError saying what is wrong with the address. */
	endpoint(credentials: ICredentialDataDecryptedObject): string;
	/** Fields the exchange needs, checked in order before anything is sent: [label, value]. */
	required(credentials: ICredentialDataDecryptedObject): Array<[label: string, value: string]>;
	/** Why those fields are needed (the description of a missing-field error). */
	requiredBecause?: string;
	/** Whose token it is, without secrets (address and login): part of the single-flight key. */
	login(credentials: ICredentialDataDecryptedObject): string[];
	/** The secrets of the login (a password, a store JWT): fingerprinted into the key, never shown. */
	secrets(credentials: ICredentialDataDecryptedObject): string[];
	/** Other secrets the credential holds (an API token): never shown either. The tokens always count. */
	otherSecrets?(credentials: ICredentialDataDecryptedObject): string[];
	/** The credential field holding the token (the rejected one when n8n renews after a 401). */
	tokenField: string;
	/** The credential field holding the refresh token (see `bindRefreshToken`), for vendors that issue one. */
	refreshTokenField?: string;
	/** How the vendor's error bodies read, when the shared reader needs help. */
	reading?: ErrorReading;
	/** Tried in order; a refused `refresh` grant falls through to the next one. */
	grants: TokenGrant[];
	/** A 2xx answer that is really a refusal (e.g. `{status: false}`), as the HTTP status to report. */
	refusedIn2xx?(body: unknown): number | undefined;
	/** The vendor's limit for its token endpoint; unset: not paced. */
	requestsPerSecond?: number;
	words: {
		/** The address fields to check, e.g. "the Subdomain, Base URL or Token URL". */
		address: string;
		/** The login as the vendor knows it, e.g. "the username or password". */
		login: string;
		/**
		 * The vendor's own words for a refused password grant by status (`answered` is the HTTP status,
		 * 200 when the refusal came inside a 2xx); undefined: the shared words.
		 */
		refused?(status: number, said: string, answered: number): ExchangeWords | undefined;
		/** A successful answer without a token. */
		noToken: ExchangeWords;
	};
}

/** An exchange that failed, naming what is wrong. No cause: see above. */
export class TokenExchangeError extends UserError {
	readonly fault: ExchangeFault;

	/** The token endpoint's HTTP status. Not `httpCode` or `status`: n8n's NodeApiError, which wraps this error, would swap the message for its generic one. */
	readonly exchangeStatus?: number;

	constructor(words: ExchangeWords & { fault: ExchangeFault }, status?: number) {
		super(words.message, { description: words.description });
		this.fault = words.fault;
		this.exchangeStatus = status;
	}
}

/** 429s the exchange waits out (Retry-After, else 1 s), and the longest wait it accepts. */
const RATE_LIMIT_RETRIES = 3;
const MAX_WAIT_MS = 10_000;
/** How long a finished exchange answers callers still holding the token it replaced. */
const RENEWAL_KEPT_MS = 60_000;
const RENEWALS_KEPT = 200;

/**
 * Set by the shared request path when it blanks a rejected token so that n8n runs
 * preAuthentication (see `vendorRequest`): the rejected token, which the single flight needs to
 * tell a caller it has already renewed. n8n stores only what preAuthentication returns, never this.
 */
export const REJECTED_TOKEN_FIELD = 'rejectedToken';

const inFlight = new Map<string, Promise<TokenSet>>();
const renewals = new Map<string, { replaced: string; tokens: TokenSet; at: number }>();

/** For tests: forget exchanges in flight and finished renewals. */
export function resetTokenExchanges(): void {
	inFlight.clear();
	renewals.clear();
}

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** Every form a secret can travel in: as typed, URL- and form-encoded, base64 and base64url. */
export function secretForms(secret: string): string[] {
	if (!secret) return [];
	const forms = [
		secret,
		encodeURIComponent(secret),
		new URLSearchParams({ s: secret }).toString().slice(2),
		encodeURIComponent(secret).replace(/%20/g, '+'),
		base64(secret),
		base64(secret).replace(/=+$/, ''),
		Buffer.from(secret, 'utf8').toString('base64url'),
	];
	// Longest first, so a form that contains another is replaced whole.
	return [...new Set(forms)].sort((a, b) => b.length - a.length);
}

/** The text with every form of every secret replaced. */
export function redactSecrets(text: string, secrets: string[]): string {
	let redacted = text;
	for (const secret of secrets) {
		for (const form of secretForms(secret)) redacted = redacted.split(form).join('[redacted]');
	}
	return redacted;
}

interface ThrownHttp {
	response?: { status?: number; data?: unknown; headers?: unknown };
	cause?: ThrownHttp;
	code?: string;
}

interface Answer {
	/** The refusal's status: the HTTP status, or the one a 2xx refusal carries. */
	status?: number;
	/** The HTTP status itself. */
	answered?: number;
	body?: unknown;
	headers?: unknown;
	code?: string;
}

/** The HTTP answer or network code in what `helpers.httpRequest` threw (the error or one of its causes). */
function answerIn(error: unknown): Answer {
	for (let current = error as ThrownHttp | undefined, depth = 0; current && depth < 4; depth++, current = current.cause) {
		if (current.response?.status !== undefined) {
			const status = current.response.status;
			return { status, answered: status, body: current.response.data, headers: current.response.headers };
		}
		if (current.code && /^(E[A-Z_]+|[A-Z_]*CERT[A-Z_]*)$/.test(current.code)) return { code: current.code };
	}
	return {};
}

function sharedRefusal(spec: TokenExchangeSpec, status: number, said: string, answered: number): ExchangeWords {
	const where = `in the ${spec.credential} credential`;
	const http = answered === status ? `HTTP ${status}` : `HTTP ${answered}, code ${status}`;
	if (status === 400 || status === 401 || status === 403) {
		return {
			message: `${spec.service} refused ${spec.words.login} (${http})${said}`,
			description: `Check ${spec.words.login} ${where}.`,
			fault: 'login',
		};
	}
	if (status === 404) {
		return {
			message: `Nothing answers at the token address (${http})${said}`,
			description: `Check ${spec.words.address} ${where}.`,
			fault: 'address',
		};
	}
	if (status === 429) {
		return {
			message: `${spec.service} rate limit reached at the token address (${http})${said}`,
			description: 'The token exchange was still refused after waiting. Try again in a minute.',
			fault: 'service',
		};
	}
	return { message: `${spec.service} could not issue a token (${http})${said}`, fault: 'service' };
}

function faultOf(status: number): ExchangeFault {
	if (status === 400 || status === 401 || status === 403) return 'login';
	return status === 404 ? 'address' : 'service';
}

/** The failure in the user's words, without any secret. */
function failureError(spec: TokenExchangeSpec, credentials: ICredentialDataDecryptedObject, answer: Answer, endpoint: string, grant: TokenGrant): TokenExchangeError {
	const secrets = secretsOf(spec, credentials);
	if (answer.status === undefined) {
		const cause = answer.code ? (NETWORK_CAUSES[answer.code] ?? answer.code) : 'no answer';
		return new TokenExchangeError({
			message: `${spec.service} could not be reached at ${new URL(endpoint).origin}: ${cause}`,
			description: `Check ${spec.words.address} in the ${spec.credential} credential.`,
			fault: 'address',
		});
	}
	const vendor = readVendorError(answer.body, spec.reading).message;
	const said = vendor ? `: ${redactSecrets(vendor, secrets)}` : '';
	const answered = answer.answered ?? answer.status;
	if (grant.kind === 'refresh') {
		const http = answered === answer.status ? `HTTP ${answered}` : `HTTP ${answered}, code ${answer.status}`;
		return new TokenExchangeError(
			{
				message: `${spec.service} refused the stored refresh token (${http})${said}`,
				description: `Save the ${spec.credential} credential again to sign in afresh.`,
				fault: 'token',
			},
			answer.status,
		);
	}
	const words = spec.words.refused?.(answer.status, said, answered) ?? sharedRefusal(spec, answer.status, said, answered);
	return new TokenExchangeError({ ...words, fault: words.fault ?? faultOf(answer.status) }, answer.status);
}

type Outcome = { tokens: TokenSet } | { refused: Answer };

/** One grant's request: paced per token endpoint, 429s waited out; network failures throw. */
async function tryGrant(
	helper: IHttpRequestHelper,
	spec: TokenExchangeSpec,
	credentials: ICredentialDataDecryptedObject,
	endpoint: string,
	grant: TokenGrant,
	request: IHttpRequestOptions,
): Promise<Outcome> {
	const paceKey = `token-endpoint:${endpoint}`;
	for (let attempt = 0; ; attempt++) {
		const back = spec.requestsPerSecond ? await waitForSlot(paceKey, spec.requestsPerSecond) : () => {};
		let answer: Answer;
		try {
			const response = (await helper.helpers.httpRequest({ ...request, json: true, returnFullResponse: true })) as {
				statusCode: number;
				body: unknown;
				headers: unknown;
			};
			answer = { status: response.statusCode, answered: response.statusCode, body: response.body, headers: response.headers };
		} catch (error) {
			answer = answerIn(error);
		} finally {
			back();
		}
		if (answer.status === undefined) throw failureError(spec, credentials, answer, endpoint, grant);
		const pause = rateLimitPauseMs(answer.headers);
		if (spec.requestsPerSecond && pause) holdBack(paceKey, Date.now() + Math.min(pause, MAX_WAIT_MS));
		if (answer.status === 429) {
			const wait = parseRetryAfter(headerValue(answer.headers, 'retry-after')) ?? 1000;
			if (attempt < RATE_LIMIT_RETRIES && wait <= MAX_WAIT_MS) {
				await sleep(wait);
				continue;
			}
			return { refused: answer };
		}
		if (answer.status < 200 || answer.status > 299) return { refused: answer };
		const refusedStatus = spec.refusedIn2xx?.(answer.body);
		if (refusedStatus !== undefined) return { refused: { ...answer, status: refusedStatus } };
		const tokens = grant.read(answer.body);
		if (!tokens?.accessToken) throw new TokenExchangeError({ ...spec.words.noToken, fault: spec.words.noToken.fault ?? 'answer' });
		return { tokens };
	}
}

async function runGrants(
	helper: IHttpRequestHelper,
	spec: TokenExchangeSpec,
	credentials: ICredentialDataDecryptedObject,
	endpoint: string,
): Promise<TokenSet> {
	let refusal: TokenExchangeError | undefined;
	const refreshToken = refreshTokenBoundTo(spec, credentials);
	for (const grant of spec.grants) {
		const request = grant.request(credentials, endpoint, grant.kind === 'refresh' ? refreshToken : undefined);
		if (!request) continue;
		const outcome = await tryGrant(helper, spec, credentials, endpoint, grant, request);
		if ('tokens' in outcome) {
			// A refresh grant that does not rotate the refresh token leaves the stored one valid.
			const kept = grant.kind === 'refresh' ? refreshToken : undefined;
			return { ...outcome.tokens, refreshToken: outcome.tokens.refreshToken || kept || undefined };
		}
		refusal = failureError(spec, credentials, outcome.refused, endpoint, grant);
		// A refused refresh token (expired, revoked, rotated elsewhere) is no reason to stop: the password grant follows.
		if (grant.kind === 'refresh' && outcome.refused.status !== 429) continue;
		throw refusal;
	}
	throw refusal ?? new TokenExchangeError({ message: `The ${spec.credential} credential holds nothing to sign in with`, fault: 'login' });
}

function missingField(spec: TokenExchangeSpec, label: string): TokenExchangeError {
	return new TokenExchangeError({
		message: `Enter the ${label} in the ${spec.credential} credential`,
		description: spec.requiredBecause,
		fault: 'login',
	});
}

/** The single-flight key: whose token this is. Secrets only as a fingerprint. */
function identityOf(spec: TokenExchangeSpec, credentials: ICredentialDataDecryptedObject, endpoint: string): string {
	return [spec.service, spec.credential, endpoint, ...spec.login(credentials), fingerprint(spec.secrets(credentials).join('\u0000'))].join('\u0001');
}

function secretsOf(spec: TokenExchangeSpec, credentials: ICredentialDataDecryptedObject): string[] {
	const held = [spec.tokenField, spec.refreshTokenField].map((field) => (field ? String(credentials[field] ?? '') : ''));
	const bound = refreshTokenBoundTo(spec, credentials);
	return [...spec.secrets(credentials), ...(spec.otherSecrets?.(credentials) ?? []), ...held, bound ?? ''].filter((secret) => secret);
}

const BOUND_PREFIX = 'n8n-bound';

/** The login a refresh token belongs to: whose key, minus the endpoint's own pacing. */
function loginFingerprint(spec: TokenExchangeSpec, credentials: ICredentialDataDecryptedObject): string {
	let endpoint = '';
	try {
		endpoint = spec.endpoint(credentials);
	} catch {
		// No usable address: no refresh token matches.
	}
	return fingerprint(identityOf(spec, credentials, endpoint));
}

/**
 * A refresh token as the credential stores it: tied to the address, login and password that
 * obtained it, so that a credential edited to another login (or a new password) signs in with
 * the password grant instead of carrying on with the old session.
 */
export function bindRefreshToken(spec: TokenExchangeSpec, credentials: ICredentialDataDecryptedObject, refreshToken: string): string {
	return `${BOUND_PREFIX}:${loginFingerprint(spec, credentials)}:${refreshToken}`;
}

/** The stored refresh token when it was issued to this credential's current login; else undefined. */
export function refreshTokenBoundTo(spec: TokenExchangeSpec, credentials: ICredentialDataDecryptedObject): string | undefined {
	if (!spec.refreshTokenField) return undefined;
	const stored = String(credentials[spec.refreshTokenField] ?? '');
	const [prefix, owner, ...rest] = stored.split(':');
	const token = rest.join(':');
	if (prefix !== BOUND_PREFIX || !token || owner !== loginFingerprint(spec, credentials)) return undefined;
	return token;
}

function remember(key: string, replaced: string, tokens: TokenSet): void {
	renewals.delete(key);
	renewals.set(key, { replaced, tokens, at: Date.now() });
	while (renewals.size > RENEWALS_KEPT) renewals.delete(renewals.keys().next().value as string);
}

/**
 * A fresh token for these credentials: the address and the required fields are checked first
 * (nothing is sent when one is wrong), then one exchange per credential at a time.
 */
export async function exchangeToken(
	helper: IHttpRequestHelper,
	spec: TokenExchangeSpec,
	credentials: ICredentialDataDecryptedObject,
): Promise<TokenSet> {
	const endpoint = spec.endpoint(credentials);
	for (const [label, value] of spec.required(credentials)) {
		if (!value) throw missingField(spec, label);
	}
	const key = identityOf(spec, credentials, endpoint);
	const held = String(credentials[spec.tokenField] || credentials[REJECTED_TOKEN_FIELD] || '');
	const renewal = renewals.get(key);
	if (held && renewal && renewal.replaced === held && Date.now() - renewal.at < RENEWAL_KEPT_MS) return renewal.tokens;
	let flight = inFlight.get(key);
	if (!flight) {
		flight = (async () => {
			try {
				const tokens = await runGrants(helper, spec, credentials, endpoint);
				if (held) remember(key, held, tokens);
				return tokens;
			} finally {
				inFlight.delete(key);
			}
		})();
		inFlight.set(key, flight);
	}
	return await flight;
}

/**
 * Whether an answer rejects the token: a 401 or 403, or a 2xx the vendor marks as a token
 * rejection (Ytel: `{status: false, error: [{code: "401" | "403"}]}`).
 */
export function isTokenRejection(status: number, body: unknown, rejectedIn2xx?: (body: unknown) => boolean): boolean {
	if (status === 401 || status === 403) return true;
	return status >= 200 && status <= 299 && !!rejectedIn2xx?.(body);
}
