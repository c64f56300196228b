import type { IDataObject, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import type { ErrorReading, VendorApi } from './api';
import { credentialTypeOf } from './api';

const MAX_RAW_BODY_CHARS = 300;

/** Retry-After hints of 429 errors, read by the retry loop; kept off the error so it never serializes. */
const retryAfterByError = new WeakMap<Error, number>();
/** Errors this module made: already the vendor's words, passed on as they are. */
const vendorErrors = new WeakSet<Error>();

export function retryAfterMs(error: unknown): number | undefined {
	return error instanceof Error ? retryAfterByError.get(error) : undefined;
}

/** Errors made of a 2xx answer that rejects the held token (`TokenRenewal.rejectedIn2xx`). */
const tokenRejectionsIn2xx = new WeakSet<Error>();

export function markTokenRejection(error: Error): Error {
	tokenRejectionsIn2xx.add(error);
	return error;
}

/** A rejection of the held token: an HTTP 403, or a 2xx answer the vendor marks as one (a 401 n8n renews by itself). */
export function isTokenRejection(error: unknown): boolean {
	return error instanceof Error && (tokenRejectionsIn2xx.has(error) || (error instanceof NodeApiError && error.httpCode === '403'));
}

export function isRateLimitError(error: unknown): boolean {
	return error instanceof NodeApiError && error.httpCode === '429';
}

/** Spring's placeholder when an exception carries no message. */
const EMPTY_MESSAGES = new Set(['no message available', 'null']);

function firstString(...candidates: unknown[]): string | undefined {
	for (const candidate of candidates) {
		if (typeof candidate !== 'string') continue;
		const text = candidate.trim();
		if (text !== '' && !EMPTY_MESSAGES.has(text.toLowerCase())) return text;
	}
	return undefined;
}

function parseIfJson(body: unknown): unknown {
	if (typeof body !== 'string') return body;
	const trimmed = body.trim();
	if (!trimmed.startsWith('{') && !trimmed.startsWith('[') && !trimmed.startsWith('"')) return body;
	try {
		return JSON.parse(trimmed);
	} catch {
		return body;
	}
}

function truncate(text: string): string {
	return text.length > MAX_RAW_BODY_CHARS ? `${text.slice(0, MAX_RAW_BODY_CHARS)}…` : text;
}

/** An HTML error page (proxies, load balancers) reduced to its title or text. */
function plainText(text: string): string {
	if (!text.startsWith('<')) return text;
	const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1];
	return (title ?? text.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/** Messages of an `errors: [...]` style list: strings or objects with a message. */
function listText(list: unknown): string | undefined {
	if (!Array.isArray(list)) return undefined;
	const texts = list
		.map((entry) =>
			typeof entry === 'string'
				? entry
				: entry && typeof entry === 'object'
					? firstString((entry as IDataObject).message, (entry as IDataObject).Message, (entry as IDataObject).detail)
					: undefined,
		)
		.filter((text): text is string => !!text);
	return texts.length ? texts.join('; ') : undefined;
}

export interface VendorErrorText {
	message?: string;
	code?: string;
	/** What else the vendor said (e.g. the values after its reason), added to the error's description. */
	detail?: string;
}

/** The error objects a body lists where the vendor's `errorList` says, else none. */
function listedErrors(body: unknown, reading?: ErrorReading): IDataObject[] {
	const list = reading?.errorList && body && typeof body === 'object' ? (body as IDataObject)[reading.errorList.list] : undefined;
	return Array.isArray(list) ? (list.filter((entry) => entry && typeof entry === 'object') as IDataObject[]) : [];
}

/** "message (detail)" of one listed error object, and its code. */
function listedErrorText(entry: IDataObject, fields: NonNullable<ErrorReading['errorList']>): VendorErrorText {
	const message = firstString(entry[fields.message]);
	const detail = fields.detail ? firstString(entry[fields.detail]) : undefined;
	const code = fields.code && entry[fields.code] !== undefined && entry[fields.code] !== null ? String(entry[fields.code]).trim() : undefined;
	const text = message && detail && detail !== message ? `${message} (${detail})` : (message ?? detail);
	return { message: text, code: code || undefined };
}

/** The vendor's own words from its listed error objects (`ErrorReading.errorList`), joined; the first one's code. */
function readListedErrors(body: unknown, reading?: ErrorReading): VendorErrorText | undefined {
	const fields = reading?.errorList;
	if (!fields) return undefined;
	const texts = listedErrors(body, reading).map((entry) => listedErrorText(entry, fields));
	const messages = texts.map((text) => text.message).filter((text): text is string => !!text);
	if (!messages.length) return undefined;
	return { message: truncate(messages.join('; ')), code: texts.find((text) => text.code)?.code };
}

/**
 * The rows a bulk request refused, from an answer that is not a failure as a whole (it also
 * carries the successes): the vendor's error objects, each marked `failed: true`, so they can be
 * output after the successes and told apart by the next node.
 */
export function partialFailures(body: unknown, reading?: ErrorReading): IDataObject[] {
	return listedErrors(parseIfJson(body), reading).map((entry) => ({ failed: true, ...entry }));
}

/** An error code in a message: a bare number is the vendor's own code, not an HTTP status. */
function codeLabel(code: string): string {
	return /^\d+$/.test(code) ? `code ${code}` : code;
}

/**
 * The vendor's own words from an error body. The vendor's reader goes first; then the shapes
 * services commonly answer with: `{error: {message}}`, `{message}` / `{Message}` /
 * `{ErrorMessage}` / `{error_description}`, Spring's `{status, error, message, path}`,
 * `{code, message}`, lists of errors, a plain-text or HTML body.
 */
export function readVendorError(rawBody: unknown, reading?: ErrorReading): VendorErrorText {
	const body = parseIfJson(Buffer.isBuffer(rawBody) ? rawBody.toString('utf8') : rawBody);
	const own = reading?.read?.(body) ?? readListedErrors(body, reading);
	if (own?.message) return own;
	if (typeof body === 'string') {
		const text = plainText(body.trim());
		return text ? { message: truncate(text) } : {};
	}
	if (Array.isArray(body)) return { message: listText(body) ?? truncate(JSON.stringify(body)) };
	if (!body || typeof body !== 'object') return {};
	const data = body as IDataObject;
	const nested = data.error && typeof data.error === 'object' && !Array.isArray(data.error) ? (data.error as IDataObject) : undefined;
	const message =
		firstString(
			nested?.message,
			nested?.Message,
			nested?.description,
			data.message,
			data.Message,
			data.ErrorMessage,
			data.error_description,
			data.detail,
			data.title,
		) ??
		listText(data.errors) ??
		listText(data.error) ??
		firstString(data.error);
	const code =
		typeof data.code === 'string' && data.code.trim() && !/^\d+$/.test(data.code) ? data.code.trim() : undefined;
	if (message) return { message: truncate(message), code };
	const raw = JSON.stringify(body);
	return raw === '{}' ? { code } : { message: truncate(raw), code };
}

export function vendorErrorMessage(rawBody: unknown, reading?: ErrorReading): string | undefined {
	return readVendorError(rawBody, reading).message;
}

export function headerValue(headers: unknown, name: string): string | undefined {
	if (!headers || typeof headers !== 'object') return undefined;
	for (const [key, value] of Object.entries(headers as Record<string, unknown>)) {
		if (key.toLowerCase() === name) return Array.isArray(value) ? String(value[0]) : String(value);
	}
	return undefined;
}

/** Retry-After as seconds or an HTTP date, in milliseconds. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
	if (value === undefined || value.trim() === '') return undefined;
	const seconds = Number(value);
	if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
	const date = Date.parse(value);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Kong's per-window headers (`X-RateLimit-Remaining-Second`, `-Hour`, …) and each window's length. */
const WINDOW_MS: Record<string, number> = {
	second: 1000,
	minute: 60_000,
	hour: 3_600_000,
	day: 86_400_000,
};

/** The longest window whose `X-RateLimit-Remaining-<Window>` header is at zero (Kong), in ms. */
function exhaustedWindowMs(headers: unknown): number | undefined {
	let longest: number | undefined;
	for (const [window, length] of Object.entries(WINDOW_MS)) {
		const remaining = headerValue(headers, `x-ratelimit-remaining-${window}`);
		if (remaining !== undefined && remaining.trim() !== '' && Number(remaining) <= 0) longest = Math.max(longest ?? 0, length);
	}
	return longest;
}

/**
 * How long the vendor asks us to hold back when its `RateLimit-Remaining` (or
 * `X-RateLimit-Remaining`, or Kong's `X-RateLimit-Remaining-<Second|Minute|Hour|Day>`) header
 * says nothing is left: `RateLimit-Reset` read as seconds to wait, or as an epoch time when it is
 * that large; without it, a second, or the length of Kong's exhausted window.
 */
export function rateLimitPauseMs(headers: unknown, now = Date.now()): number | undefined {
	const remaining = headerValue(headers, 'ratelimit-remaining') ?? headerValue(headers, 'x-ratelimit-remaining');
	const window = exhaustedWindowMs(headers);
	if (window === undefined && (remaining === undefined || Number(remaining) > 0)) return undefined;
	const reset = Number(headerValue(headers, 'ratelimit-reset') ?? headerValue(headers, 'x-ratelimit-reset'));
	if (!Number.isFinite(reset) || reset <= 0) return window ?? 1000;
	if (reset > 1e12) return Math.max(0, reset - now);
	if (reset > 1e9) return Math.max(0, reset * 1000 - now);
	return reset * 1000;
}

export interface HttpFailure {
	statusCode: number;
	body: unknown;
	headers?: unknown;
	/** Shown in the description: method and path only, never the query (some vendors put keys there). */
	method?: string;
	path?: string;
}

function serviceOf(api: VendorApi | string): string {
	return typeof api === 'string' ? api : api.service;
}

/** What a 401 rejected: the vendor's words for the credential type this node uses. */
function rejectedBy(node: INode, api: VendorApi | string): string {
	if (typeof api === 'string') return 'the credentials';
	const rejected = api.errors?.rejected;
	if (typeof rejected === 'string') return rejected;
	return rejected?.[credentialTypeOf({ getNode: () => node }, api)] ?? 'the credentials';
}

/** A NodeApiError that carries the vendor's message and status and nothing from the request. */
export function apiErrorFromResponse(
	node: INode,
	api: VendorApi | string,
	failure: HttpFailure,
	itemIndex?: number,
): NodeApiError {
	const service = serviceOf(api);
	const reading = typeof api === 'string' ? undefined : api.errors;
	const status = failure.statusCode;
	const { message: vendorMessage, code, detail } = readVendorError(failure.body, reading);
	let message: string;
	if (status === 401) {
		message = `${service} rejected ${rejectedBy(node, api)}${reading?.noHttpStatus ? '' : ' (HTTP 401)'}${vendorMessage ? `: ${vendorMessage}` : ''}`;
	} else if (status === 429) {
		message = `${service} rate limit reached (HTTP 429): the request was still refused after retrying. Lower "Requests per Second" in the credential or spread the work out.`;
	} else if (reading?.noHttpStatus) {
		message = `${service} error${code ? ` (${codeLabel(code)})` : ''}${vendorMessage ? `: ${vendorMessage}` : ''}`;
	} else {
		message = `${service} error (HTTP ${status}${code ? `, ${codeLabel(code)}` : ''})${vendorMessage ? `: ${vendorMessage}` : ''}`;
	}
	const where = failure.method && failure.path ? ` on ${failure.method} ${failure.path}` : '';
	const answered =
		status === 429
			? `${service} answered${where}: ${vendorMessage ?? 'too many requests'}`
			: reading?.noHttpStatus
				? `${service} answered${where}`
				: `${service} answered HTTP ${status}${where}`;
	const description = detail ? `${answered}: ${detail}` : answered;
	const errorBody = parseIfJson(failure.body);
	const error = new NodeApiError(
		node,
		{
			statusCode: status,
			body: (errorBody && typeof errorBody === 'object' ? errorBody : { raw: vendorMessage ?? '' }) as JsonObject,
		} as JsonObject,
		{ message, description, httpCode: String(status), itemIndex },
	);
	if (status === 429) {
		const wait = parseRetryAfter(headerValue(failure.headers, 'retry-after')) ?? rateLimitPauseMs(failure.headers);
		if (wait !== undefined) retryAfterByError.set(error, wait);
	}
	vendorErrors.add(error);
	return error;
}

interface HttpErrorLike {
	response?: { status?: number; data?: unknown; headers?: unknown };
	code?: string;
	message?: string;
	config?: { url?: string; baseURL?: string; method?: string };
}

/** The HTTP client error inside what n8n threw: the error itself (httpRequest) or its cause (…WithAuthentication). */
function httpErrorIn(error: unknown): HttpErrorLike | undefined {
	for (let current: unknown = error, depth = 0; current && depth < 4; depth++) {
		const candidate = current as HttpErrorLike & { isAxiosError?: boolean; cause?: unknown };
		if (candidate.isAxiosError || candidate.response?.status !== undefined) return candidate;
		current = candidate.cause;
	}
	return undefined;
}

/**
 * n8n 1.x loses the HTTP client error it wraps (its error class redeclares `cause`), keeping only
 * the status as `httpCode` and a JSON answer as `context.data`; the headers (Retry-After) are gone.
 */
function statusKeptByN8n1(thrown: unknown): { status: number; body: unknown } | undefined {
	if (!(thrown instanceof NodeApiError) || thrown.cause !== undefined) return undefined;
	const status = Number(thrown.httpCode);
	if (!Number.isInteger(status) || status < 400 || status > 599) return undefined;
	return { status, body: thrown.context?.data };
}

function originOf(config: HttpErrorLike['config']): string | undefined {
	try {
		const url = new URL(config?.url ?? '', config?.baseURL || undefined);
		return `${url.protocol}//${url.host}`;
	} catch {
		return undefined;
	}
}

/** A network failure's code in the user's words (shared by request errors and token exchanges). */
export const NETWORK_CAUSES: Record<string, string> = {
	ECONNREFUSED: 'the connection was refused',
	ENOTFOUND: 'the host name does not exist',
	EAI_AGAIN: 'the host name could not be looked up',
	ETIMEDOUT: 'the connection timed out',
	ECONNABORTED: 'the request timed out',
	ECONNRESET: 'the connection was closed unexpectedly',
	EHOSTUNREACH: 'the host is unreachable',
	CERT_HAS_EXPIRED: 'its TLS certificate has expired',
	DEPTH_ZERO_SELF_SIGNED_CERT: 'its TLS certificate is self-signed',
};

/**
 * What a failed request threw, as our error: an HTTP answer becomes the vendor's message and
 * status; a network failure names the host and the cause. Nothing of the request's headers,
 * query or body is carried (n8n's own error would carry the request configuration).
 */
export function errorFromThrown(
	node: INode,
	api: VendorApi,
	thrown: unknown,
	where: { method?: string; path?: string; itemIndex?: number } = {},
): Error {
	if (thrown instanceof Error && vendorErrors.has(thrown)) return thrown;
	const http = httpErrorIn(thrown);
	if (http?.response?.status !== undefined) {
		return apiErrorFromResponse(
			node,
			api,
			{
				statusCode: http.response.status,
				body: http.response.data,
				headers: http.response.headers,
				method: where.method ?? http.config?.method?.toUpperCase(),
				path: where.path,
			},
			where.itemIndex,
		);
	}
	const answered = statusKeptByN8n1(thrown);
	if (answered) {
		return apiErrorFromResponse(
			node,
			api,
			{ statusCode: answered.status, body: answered.body, method: where.method, path: where.path },
			where.itemIndex,
		);
	}
	const code = http?.code ?? (thrown as HttpErrorLike)?.code;
	if (code && (NETWORK_CAUSES[code] || /^E[A-Z_]+$/.test(code))) {
		const origin = originOf(http?.config);
		// Not `{code}`: NodeApiError would replace our message with its generic one for known codes.
		return new NodeApiError(node, { networkError: code } as JsonObject, {
			message: `${api.service} could not be reached${origin ? ` at ${origin}` : ''}: ${NETWORK_CAUSES[code] ?? code}`,
			description: `Check the address in the ${api.service} credential and that the service is online (${code}).`,
			httpCode: null as unknown as string,
			itemIndex: where.itemIndex,
		});
	}
	return thrown instanceof Error ? thrown : new Error(String(thrown));
}
