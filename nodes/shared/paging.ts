import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	INodeExecutionData,
} from 'n8n-workflow';
import type { PagingPreset, VendorApi } from './api';
import { isTokenRejection } from './errors';
import { fingerprint } from './fingerprint';
import { pageInfoOf } from './output';
import { heldTokenOf, renewRejectedToken } from './request';
import { sendPaced } from './throttle';

/** Upper bound on pages for one Get Many, so a vendor that never reports the end cannot loop forever. */
const MAX_PAGES = 10_000;
/** Most pages asked for ahead of the one being read (enough for 200 ms round trips at 40 req/s). */
const PAGES_AHEAD = 8;

interface PageRequest {
	/** The page's query values, to tell whether it is the page the walk needs next. */
	key: string;
	page: Promise<INodeExecutionData[]>;
	cancel(): void;
}

/**
 * How many pages from `cursor` on hold records, by the vendor's own count (records or pages) and
 * within the limit; 0 when the vendor reports neither, so nothing is asked for that may not exist.
 */
function pagesKnownToExist(
	info: ReturnType<typeof pageInfoOf>,
	cursor: PageCursor,
	read: number,
	limit: number,
	style: PagingPreset['style'],
): number {
	const wanted = Number.isFinite(limit) ? Math.ceil((limit - read) / cursor.size) : Infinity;
	if (info.total !== undefined) return Math.min(wanted, Math.ceil((info.total - read) / cursor.size));
	if (info.totalPages !== undefined && style === 'pageIndex') return Math.min(wanted, info.totalPages - cursor.index);
	return 0;
}

type RequestOptions = DeclarativeRestApiSettings.ResultOptions['options'];

type Runner = (
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
) => Promise<INodeExecutionData[]>;

function isBlank(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function isPlainObject(value: unknown): value is IDataObject {
	return !!value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;
}

/**
 * A body without the values optional fields left out (`undefined`), and without the objects that
 * only held such values: a blank `Account.Uid` must not leave `"Account": {}` behind. Objects and
 * lists that were empty to begin with are kept as given.
 */
export function pruneBody(value: unknown): unknown {
	if (Array.isArray(value)) return value.filter((element) => element !== undefined).map((element) => pruneBody(element));
	if (!isPlainObject(value)) return value;
	const kept: IDataObject = {};
	let dropped = false;
	for (const [key, inner] of Object.entries(value)) {
		const pruned = pruneBody(inner);
		if (pruned === undefined || (isPlainObject(inner) && Object.keys(inner).length && isPlainObject(pruned) && !Object.keys(pruned).length)) {
			dropped = true;
			continue;
		}
		kept[key] = pruned as IDataObject;
	}
	return dropped && !Object.keys(kept).length ? undefined : kept;
}

/**
 * The last step before a request leaves: query parameters that are empty (an optional field
 * added but left blank, a condition without a property) are not sent, nor body values left out
 * and the objects that only held them.
 */
export function pruneRequest(options: RequestOptions): void {
	const qs = options.qs as IDataObject | undefined;
	if (qs) {
		for (const key of Object.keys(qs)) {
			if (key.trim() === '' || isBlank(qs[key])) delete qs[key];
		}
	}
	if (isPlainObject(options.body)) options.body = (pruneBody(options.body) ?? {}) as IDataObject;
}

function where(options: RequestOptions) {
	return { method: options.method, path: String(options.url ?? '').split('?')[0] };
}

/**
 * One routed request, paced and retried on 429s. For a vendor with `tokenRenewal`, a held token
 * it rejects (HTTP 403, or a 2xx it marks as a rejection; n8n renews on a 401 by itself) is
 * renewed once and the request sent once more: the rejected request did nothing at the vendor.
 */
async function routedRequest(
	context: IExecutePaginationFunctions,
	api: VendorApi,
	send: () => Promise<INodeExecutionData[]>,
	where: { method?: string; path?: string; itemIndex?: number; bucket?: string },
): Promise<INodeExecutionData[]> {
	const paced = async () => await sendPaced(context, api, send, where);
	if (!api.tokenRenewal?.probe) return await paced();
	const held = await heldTokenOf(context, api);
	// Settled rather than caught: the error passes on as it is (already the vendor's), unless it is a rejection to renew.
	const first = await paced().then(
		(items) => ({ items }),
		(error: unknown) => ({ error }),
	);
	if ('items' in first) return first.items;
	if (!held || !isTokenRejection(first.error)) throw first.error;
	await renewRejectedToken(context, api, held);
	return await paced();
}

/** Sends one paced request, retrying 429s; `bucket`: its rate bucket (see `RateBucket`). */
export function singleRequest(api: VendorApi, bucket?: string): Runner {
	return async function (this, requestData) {
		pruneRequest(requestData.options);
		return await routedRequest(this, api, async () => await this.makeRoutingRequest(requestData), {
			...where(requestData.options),
			itemIndex: this.getItemIndex(),
			bucket,
		});
	};
}

/** A page's identity: the same page served twice means the vendor ignores the page parameter. */
function pageFingerprint(items: INodeExecutionData[]): string {
	return fingerprint(JSON.stringify(items.map((item) => item.json)));
}

/** Where a page-index walk stands: the page size it asks for, and how many pages of it lie behind. */
export interface PageCursor {
	size: number;
	index: number;
}

/**
 * The page to ask for after one that served `served` records, `read` in all so far. A page shorter
 * than asked, and than the size the vendor reports (when it reports one), while the walk goes on,
 * was capped silently: from then on the walk asks for pages of the size served, so that page
 * numbers point at the records not read yet (a server that counts pages in the size asked would
 * otherwise skip the rest of every page).
 */
export function nextPage(cursor: PageCursor, served: number, read: number, reportedSize?: number): PageCursor {
	const silentlyCapped = served > 0 && served < cursor.size && reportedSize !== served;
	if (silentlyCapped && read % served === 0) return { size: served, index: read / served };
	return { size: cursor.size, index: cursor.index + 1 };
}

/** The value a keyset walk goes on from: the cursor field of the page's last record, encoded. */
function keysetCursor(preset: PagingPreset, items: INodeExecutionData[]): string | undefined {
	if (!preset.cursor) return undefined;
	const value = items[items.length - 1]?.json[preset.cursor.field];
	if (value === undefined || value === null || value === '') return undefined;
	return preset.cursor.encode ? preset.cursor.encode(String(value)) : String(value);
}

/**
 * The shared Get Many paginator. Return All walks every page; a Limit asks for pages of one
 * size (page-index paging needs a constant size) until it has enough. It stops on the vendor's
 * total (records or pages), an empty page, a page shorter than the pages before it, the end of a
 * cursor, or the limit. It does not stop on a first page that is merely shorter than asked
 * (vendors cap page sizes silently), and it refuses to loop on a vendor that ignores the page
 * parameter: a page identical to the one before ends the walk without repeating records.
 *
 * Where the vendor reports its total of records, that total decides the end, over `totalPages`
 * and page sizes: a server that caps pages silently may still report the size asked and a page
 * count computed from it. A page-index walk that meets such a cap goes on in pages of the size
 * served (`nextPage`).
 * A preset's `pagesWhen` can leave a request unpaged (one request, the Limit applied locally).
 *
 * A keyset walk goes on from the last record of each page (`cursor`), one page at a time (the
 * next cursor is known only then); it ends on a short page, a last record without a cursor and a
 * cursor that does not move. Paging parameters go to the query or, by `paramsIn`, the body.
 */
export function paginate(api: VendorApi, preset: PagingPreset | undefined = api.paging, bucket?: string): Runner {
	return async function (this, requestData) {
		pruneRequest(requestData.options);
		const returnAll = this.getNodeParameter('returnAll', false) as boolean;
		const limit = returnAll ? Infinity : Number(this.getNodeParameter('limit', 50));
		const itemIndex = this.getItemIndex();
		const qs = (requestData.options.qs ??= {}) as IDataObject;
		/** One page request with its own query; `cancel` ignores its answer (a page no longer needed). */
		const inBody = preset?.paramsIn === 'body';
		const fetchPage = (params: IDataObject, without?: string): PageRequest => {
			let cancelled = false;
			const pageQs = inBody ? { ...qs } : { ...qs, ...params };
			if (without) delete pageQs[without];
			const body = requestData.options.body;
			const options = {
				...requestData.options,
				qs: pageQs,
				headers: { ...requestData.options.headers },
				...(inBody ? { body: { ...(body && typeof body === 'object' ? (body as IDataObject) : {}), ...params } } : {}),
			};
			const page = routedRequest(this, api, async () => (cancelled ? [] : await this.makeRoutingRequest({ ...requestData, options })), {
				...where(options),
				itemIndex,
				bucket,
			});
			return {
				key: JSON.stringify(params),
				page,
				cancel: () => {
					cancelled = true;
					page.catch(() => undefined);
				},
			};
		};
		if (!preset || preset.style === 'none' || preset.pagesWhen?.(qs) === false) {
			// One request; a preset with a size parameter asks for the Limit (capped by its largest page).
			const size = Math.min(preset?.maxPageSize?.(qs) ?? Infinity, limit);
			const sized = preset?.style === 'none' && preset.sizeParam && Number.isFinite(size) ? { [preset.sizeParam]: Math.max(1, size) } : {};
			const items = await fetchPage(sized).page;
			return Number.isFinite(limit) ? items.slice(0, limit) : items;
		}

		let cursor: PageCursor = { size: Math.max(1, Math.min(preset.maxPageSize?.(qs) ?? 100, limit)), index: 0 };
		const firstPage = preset.firstPage ?? 0;
		const collected: INodeExecutionData[] = [];
		let largestPage = 0;
		let previous = '';
		let token: string | undefined;
		/** The query of the page at `cursor`, `ahead` pages after the one the walk reads next. */
		const paramsAt = (at: PageCursor, ahead = 0): IDataObject => {
			const params: IDataObject = {};
			if (preset.sizeParam) params[preset.sizeParam] = at.size;
			if (preset.style === 'pageIndex' && preset.pageParam) params[preset.pageParam] = firstPage + at.index + ahead;
			if (preset.style === 'recordOffset' && preset.pageParam) params[preset.pageParam] = collected.length + ahead * at.size;
			if ((preset.style === 'token' || preset.style === 'keyset') && preset.pageParam && token !== undefined) params[preset.pageParam] = token;
			return params;
		};
		// Pages the vendor's total says exist are asked for ahead (paced like any request), so that a
		// walk is bound by the rate, not by one round trip per page.
		const ahead: PageRequest[] = [];
		const dropAhead = () => {
			for (const request of ahead.splice(0)) request.cancel();
		};

		try {
			for (let request = 0; request < MAX_PAGES; request++) {
				const params = paramsAt(cursor);
				let pending = ahead.shift();
				if (pending && pending.key !== JSON.stringify(params)) {
					pending.cancel();
					dropAhead();
					pending = undefined;
				}
				const items = await (pending ?? fetchPage(params, preset.style === 'token' && token === undefined ? preset.pageParam : undefined)).page;
				if (!items.length) break;
				const current = pageFingerprint(items);
				if (current === previous) break;
				previous = current;
				collected.push(...items);
				if (collected.length >= limit) break;

				const info = pageInfoOf(items);
				if (preset.style === 'token') {
					token = info.nextToken;
					if (!token) break;
					continue;
				}
				const full = items.length === cursor.size;
				if (preset.style === 'keyset') {
					const next = keysetCursor(preset, items);
					if (!full || next === undefined || next === token) break;
					token = next;
					continue;
				}
				if (preset.shortPageEnds && !full) break;
				if (info.total !== undefined) {
					if (collected.length >= info.total) break;
				} else {
					if (info.totalPages !== undefined && cursor.index + 1 >= info.totalPages) break;
					// A short page ends the walk when the vendor's page size is known (reported, or seen on an
					// earlier page); a short first page of a vendor that reports nothing may be its silent cap.
					const servedSize = info.appliedPageSize ?? Math.max(largestPage, items.length);
					if (items.length < servedSize) break;
				}
				largestPage = Math.max(largestPage, items.length);
				// Offsets count records, so only page-index walks need to follow a cap.
				if (preset.style === 'pageIndex') cursor = nextPage(cursor, items.length, collected.length, info.appliedPageSize);
				const known = full ? pagesKnownToExist(info, cursor, collected.length, limit, preset.style) : 0;
				for (let next = ahead.length; next < Math.min(known, PAGES_AHEAD); next++) ahead.push(fetchPage(paramsAt(cursor, next)));
			}
		} finally {
			dropAhead();
		}
		return Number.isFinite(limit) ? collected.slice(0, limit) : collected;
	};
}
