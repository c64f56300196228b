import type { IDataObject } from 'n8n-workflow';
import type { PagingPreset } from '../../shared/api';
import { defineVendor } from '../../shared/api';
import { resolveBaseUrl, type BaseUrlRule } from '../../shared/baseUrl';

function asObject(body: unknown): IDataObject {
	return body && typeof body === 'object' && !Array.isArray(body) ? (body as IDataObject) : {};
}

/** The entries of Ytel's `error[]`: `{code: "403", message: "Authentication Error", moreInfo: "Bad token"}`. */
export function ytelErrorsOf(body: unknown): IDataObject[] {
	const list = asObject(body).error;
	return Array.isArray(list) ? list.filter((entry): entry is IDataObject => !!entry && typeof entry === 'object') : [];
}

/** An envelope with `status: false` is a failure whatever the HTTP status: its first error code, else 400. */
export function ytelFailureIn2xx(body: unknown): number | undefined {
	if (asObject(body).status !== false) return undefined;
	const code = Number(ytelErrorsOf(body)[0]?.code);
	return Number.isInteger(code) && code >= 400 && code <= 599 ? code : 400;
}

/** Ytel's rejection of a token inside an HTTP 200: `status: false` with an error code "401" or "403". */
export function ytelRejectsTokenIn2xx(body: unknown): boolean {
	if (asObject(body).status !== false) return false;
	return ytelErrorsOf(body).some((entry) => ['401', '403'].includes(String(entry.code ?? '').trim()));
}

/** The credential's `authMode` values. */
export const YTEL_AUTH_MODES = { emailPassword: 'emailPassword', apiToken: 'apiToken' } as const;

/**
 * The records of a Ytel envelope `{status, count, page, payload, error}`: its `payload` (a bare
 * value in it becomes `{value}`); undefined for a body that is not an envelope (Export CDR/MDR
 * answers a legacy `{Message360: …}` wrapper, output as it is). `count` is the size of this
 * payload, never a total, so nothing reads it.
 */
export function ytelRecords(body: unknown): IDataObject[] | undefined {
	const data = asObject(body);
	if (!('payload' in data) || !('status' in data)) return undefined;
	const payload = Array.isArray(data.payload) ? data.payload : data.payload === null || data.payload === undefined ? [] : [data.payload];
	return payload.map((entry) => (entry && typeof entry === 'object' && !Array.isArray(entry) ? (entry as IDataObject) : { value: entry as IDataObject }));
}

const listRecords = (body: unknown): IDataObject[] => ytelRecords(body) ?? [];

/** Ytel's documented ceiling of `limit` on the logs (§4.3). */
export const LOG_LIMIT = 5000;
/** Ytel's documented ceiling of a contact search's `size`. */
export const SEARCH_SIZE = 10_000;

const base64 = (value: string) => Buffer.from(value, 'utf8').toString('base64');

/** Lists without paging parameters (`GET /v4/contact` and the like): one request, the Limit applied locally. */
export const ytelWhole: PagingPreset = { style: 'none', records: listRecords };

/**
 * `GET /v4/number`: `nextKey` is the base64 of the last number received (the page starts after
 * it), `size` the page. The ceiling of `size` is not documented: 1000 is a guess kept moderate.
 */
export const ytelNumbersPaging: PagingPreset = {
	style: 'keyset',
	pageParam: 'nextKey',
	sizeParam: 'size',
	cursor: { field: 'phoneNumber', encode: base64 },
	maxPageSize: () => 1000,
	shortPageEnds: true,
	records: listRecords,
};

/** Call and SMS logs: the UTC day window is the operation's fields; `limit` (≤ 5000) and `offset` page it. */
export const ytelLogPaging: PagingPreset = {
	style: 'recordOffset',
	pageParam: 'offset',
	sizeParam: 'limit',
	maxPageSize: () => LOG_LIMIT,
	shortPageEnds: true,
	records: listRecords,
};

/** A keyset list of Ytel: the cursor parameter takes `field` of the last record; pages of `sizeParam`. */
function ytelKeyset(pageParam: string, field: string, sizeParam: string, maxPageSize: number): PagingPreset {
	return { style: 'keyset', pageParam, sizeParam, cursor: { field }, maxPageSize: () => maxPageSize, shortPageEnds: true, records: listRecords };
}

/** Call recordings: after `lastCallSid`, `limit` ≤ 5000. */
export const ytelRecordingPaging = ytelKeyset('lastCallSid', 'callSid', 'limit', LOG_LIMIT);
/** Carrier lookup logs: after `lastId` (the record's `carrierSid`), `limit` ≤ 5000. */
export const ytelCarrierPaging = ytelKeyset('lastId', 'carrierSid', 'limit', LOG_LIMIT);
/** Inbox: newest first, entries before `lastTime` (the time-UUID `time` of the last entry); `limit` defaults to 100. */
export const ytelInboxPaging = ytelKeyset('lastTime', 'time', 'limit', 100);
/** A contact's conversation: newest first, events before `lastId` (the last event's time-UUID `time`); `size` defaults to 1000. */
export const ytelConversationPaging = ytelKeyset('lastId', 'time', 'size', 1000);

/** `POST /v4/contact/search`: one request whose body `size` (≤ 10,000) is the Limit; no further pages. */
export const ytelSearchPaging: PagingPreset = {
	style: 'none',
	sizeParam: 'size',
	paramsIn: 'body',
	maxPageSize: () => SEARCH_SIZE,
	records: listRecords,
};

/** The v4 API, the token endpoint and AMS: the credential's Base URL. */
const YTEL_BASE_URL: BaseUrlRule = { urlField: 'baseUrl', missing: 'the Ytel Base URL (e.g. https://api.ytel.com)' };

/**
 * Ytel CPaaS v4 (`https://api.ytel.com`): bearer token, every answer an envelope, failures as
 * HTTP 200 with `status: false` and `error: [{code, message, moreInfo}]` (codes are numbers as
 * text), bulk answers with both `payload` and `error` (the rows refused). Kong limits 150
 * requests per second per account and Export CDR/MDR to a few per hour (`RateLimit-Reset` in
 * seconds); that export has its own bucket, so its hourly refusal does not hold other requests.
 */
export const ytel = defineVendor({
	service: 'Ytel',
	credentialType: 'ytelApi',
	baseUrl: YTEL_BASE_URL,
	defaultRequestsPerSecond: 50,
	paging: ytelWhole,
	envelope: { records: ytelRecords },
	rateBuckets: [{ name: 'export', method: 'POST', path: /^\/v4\/logs\/export\/?$/ }],
	tokenRenewal: {
		tokenField: 'accessToken',
		rejectedIn2xx: ytelRejectsTokenIn2xx,
		// The credential Test's request: cheap, and on the v4 API whichever Ytel API the node calls.
		probe: (credentials) => ({ method: 'GET', url: `${resolveBaseUrl(YTEL_BASE_URL, credentials)}/v4/timezone/` }),
	},
	errors: {
		rejected: 'the email and password or the API token',
		failureIn2xx: (body, status) => (asObject(body).status === false ? status : undefined),
		errorList: { list: 'error', code: 'code', message: 'message', detail: 'moreInfo' },
	},
});

/**
 * Ytel's account administration (AMS, `{baseUrl}/ams/v3`): the `ytel` vendor, except that AMS
 * refuses the API token made in Ytel's web app. With the credential in API Token mode every
 * request is refused here, before anything is sent, saying which sign-in it needs.
 */
export const ytelAdmin = defineVendor({
	...ytel,
	errors: { ...ytel.errors, rejected: 'the email and password' },
	refusesCredential: (credentials) =>
		credentials.authMode === YTEL_AUTH_MODES.apiToken
			? {
					message: 'Ytel account administration needs the Email and Password sign-in',
					description:
						"Ytel's account administration does not accept the API token. In the Ytel API credential, set Authentication to Email and Password and enter the email and password of a Ytel user allowed to administer the account.",
				}
			: undefined,
});

/**
 * The records of a contact-centre administration (YCC) answer: Ytel documents each answer by the
 * fields "within data", so `data` holds them (a list: one record each; an object: one record).
 * An answer without `data` (e.g. a plain `{message}`) is one record; a v4 envelope is read as such.
 */
export function yccRecords(body: unknown): IDataObject[] {
	const answer = asObject(body);
	if (!('data' in answer)) return ytelRecords(body) ?? (Object.keys(answer).length ? [answer] : []);
	const data = answer.data;
	if (data === null || data === undefined) return [];
	const entries = Array.isArray(data) ? data : [data];
	return entries.map((entry) => (entry && typeof entry === 'object' && !Array.isArray(entry) ? (entry as IDataObject) : { value: entry as IDataObject }));
}

/**
 * YCC lists paged by `limit` and `page` (from 1). The page ceiling is not documented; the
 * collection itself asks up to 100,000 records in one page, so that is the ceiling taken.
 */
export const yccPagePaging: PagingPreset = {
	style: 'pageIndex',
	pageParam: 'page',
	sizeParam: 'limit',
	firstPage: 1,
	maxPageSize: () => 100_000,
	shortPageEnds: true,
	records: yccRecords,
};

/** A YCC list with a `limit` and no page (inbound queues): one request asking the Limit. */
export const yccLimitOnly: PagingPreset = { style: 'none', sizeParam: 'limit', maxPageSize: () => 10_000, records: yccRecords };

/** A YCC list with no paging parameters (agents): one request, the Limit applied locally. */
export const yccWhole: PagingPreset = { style: 'none', records: yccRecords };

/**
 * Ytel's contact-centre administration (YCC) at the credential's Contact Centre Base URL
 * (`https://ycc-api.ytel.com/api/v2`, with `/api/v2` added to a bare host), with the same
 * bearer token as the v4 API (Ytel's folders say so). Answers are plain JSON whose records sit in
 * `data`; failures are read from the HTTP status and the usual `message` fields, or from a v4
 * envelope with `status: false` if one comes.
 */
export const ytelYcc = defineVendor({
	...ytel,
	baseUrl: {
		urlField: 'yccBaseUrl',
		defaultPath: '/api/v2',
		template: 'https://ycc-api.ytel.com/api/v2',
		missing: 'the Contact Centre Base URL (e.g. https://ycc-api.ytel.com/api/v2)',
	},
	paging: yccWhole,
	envelope: { records: yccRecords },
	rateBuckets: [],
	collectionPathPrefix: '/api/v2',
});
