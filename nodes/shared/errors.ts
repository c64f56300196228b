import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INode,
	INodeExecutionData,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

const MAX_RAW_BODY_CHARS = 300;

/** Retry-After hints of 429 errors, read by the retry loop; kept off the error so it never serializes. */
const retryAfterByError = new WeakMap<Error, number>();

export function retryAfterMs(error: unknown): number | undefined {
	return error instanceof Error ? retryAfterByError.get(error) : undefined;
}

export function isRateLimitError(error: unknown): boolean {
	return error instanceof NodeApiError && error.httpCode === '429';
}

function firstString(...candidates: unknown[]): string | undefined {
	for (const candidate of candidates) {
		if (typeof candidate === 'string' && candidate.trim() !== '') return candidate.trim();
	}
	return undefined;
}

/** ASP.NET-style `{ModelState: {"person.Email": ["…"]}}` → "person.Email: …". */
function modelStateText(modelState: unknown): string | undefined {
	if (!modelState || typeof modelState !== 'object') return undefined;
	const parts = Object.entries(modelState as Record<string, unknown>).map(([field, problems]) => {
		const text = Array.isArray(problems) ? problems.join(' ') : String(problems);
		return field ? `${field}: ${text}` : text;
	});
	return parts.length ? parts.join('; ') : undefined;
}

function parseIfJson(body: unknown): unknown {
	if (typeof body !== 'string') return body;
	const trimmed = body.trim();
	if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return body;
	try {
		return JSON.parse(trimmed);
	} catch {
		return body;
	}
}

/**
 * The vendor's own words from an error body. Tried in order: `error.message`, `Message`,
 * `ErrorMessage`, `message`, ModelState details, then the raw body.
 */
export function vendorErrorMessage(rawBody: unknown): string | undefined {
	const body = parseIfJson(Buffer.isBuffer(rawBody) ? rawBody.toString('utf8') : rawBody);
	if (body && typeof body === 'object' && !Array.isArray(body)) {
		const data = body as IDataObject;
		const nested = data.error;
		const nestedMessage =
			nested && typeof nested === 'object' ? (nested as IDataObject).message : nested;
		const main = firstString(nestedMessage, data.Message, data.ErrorMessage, data.message);
		const details = modelStateText(data.ModelState);
		if (main && details) return `${main} (${details})`;
		if (main || details) return main ?? details;
		return truncate(JSON.stringify(body));
	}
	if (typeof body === 'string' && body.trim() !== '') return truncate(body.trim());
	return undefined;
}

function truncate(text: string): string {
	return text.length > MAX_RAW_BODY_CHARS ? `${text.slice(0, MAX_RAW_BODY_CHARS)}…` : text;
}

function headerValue(headers: unknown, name: string): string | undefined {
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

export interface HttpFailure {
	statusCode: number;
	body: unknown;
	headers?: unknown;
	/** Shown in the description: method and path only, never the query (some vendors put keys there). */
	method?: string;
	path?: string;
}

/** A NodeApiError that carries the vendor's message and status and nothing from the request. */
export function apiErrorFromResponse(
	node: INode,
	service: string,
	failure: HttpFailure,
	itemIndex?: number,
): NodeApiError {
	const status = failure.statusCode;
	const vendorMessage = vendorErrorMessage(failure.body);
	let message: string;
	if (status === 401) {
		message = `${service} rejected the credentials (HTTP 401)${vendorMessage ? `: ${vendorMessage}` : ''}`;
	} else if (status === 429) {
		message = `${service} rate limit reached (HTTP 429): the request was still refused after retrying. Lower "Requests per Second" in the credential or spread the work out.`;
	} else {
		message = `${service} error (HTTP ${status})${vendorMessage ? `: ${vendorMessage}` : ''}`;
	}
	const where = failure.method && failure.path ? ` on ${failure.method} ${failure.path}` : '';
	const description =
		status === 429
			? `${service} answered${where}: ${vendorMessage ?? 'too many requests'}`
			: `${service} answered HTTP ${status}${where}`;
	const errorBody = parseIfJson(failure.body);
	const error = new NodeApiError(
		node,
		{
			statusCode: status,
			body: (errorBody && typeof errorBody === 'object' ? errorBody : { raw: vendorMessage }) as JsonObject,
		} as JsonObject,
		{ message, description, httpCode: String(status), itemIndex },
	);
	if (status === 429) {
		const wait = parseRetryAfter(headerValue(failure.headers, 'retry-after'));
		if (wait !== undefined) retryAfterByError.set(error, wait);
	}
	return error;
}

/**
 * First postReceive of every declarative operation: requests run with `ignoreHttpStatusErrors`,
 * so 4xx/5xx arrive here and become NodeApiError with the vendor's message.
 */
export function throwOnErrorStatus(service: string) {
	return async function (
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		if (response.statusCode < 400) return items;
		throw apiErrorFromResponse(this.getNode(), service, {
			statusCode: response.statusCode,
			body: response.body,
			headers: response.headers,
		});
	};
}
