import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	INodeExecutionData,
} from 'n8n-workflow';
import type { PagingPreset, VendorApi } from './api';
import { fingerprint } from './fingerprint';
import { pageInfoOf } from './output';
import { sendPaced } from './throttle';

/** Upper bound on pages for one Get Many, so a vendor that never reports the end cannot loop forever. */
const MAX_PAGES = 10_000;

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

/** Sends one paced request, retrying 429s. */
export function singleRequest(api: VendorApi): Runner {
	return async function (this, requestData) {
		pruneRequest(requestData.options);
		return await sendPaced(this, api, async () => await this.makeRoutingRequest(requestData), {
			...where(requestData.options),
			itemIndex: this.getItemIndex(),
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
 */
export function paginate(api: VendorApi, preset: PagingPreset | undefined = api.paging): Runner {
	return async function (this, requestData) {
		pruneRequest(requestData.options);
		const returnAll = this.getNodeParameter('returnAll', false) as boolean;
		const limit = returnAll ? Infinity : Number(this.getNodeParameter('limit', 50));
		const send = async () =>
			await sendPaced(this, api, async () => await this.makeRoutingRequest(requestData), {
				...where(requestData.options),
				itemIndex: this.getItemIndex(),
			});
		const qs = (requestData.options.qs ??= {}) as IDataObject;
		if (!preset || preset.style === 'none' || preset.pagesWhen?.(qs) === false) {
			const items = await send();
			return Number.isFinite(limit) ? items.slice(0, limit) : items;
		}

		let cursor: PageCursor = { size: Math.max(1, Math.min(preset.maxPageSize?.(qs) ?? 100, limit)), index: 0 };
		const firstPage = preset.firstPage ?? 0;
		const collected: INodeExecutionData[] = [];
		let largestPage = 0;
		let previous = '';
		let token: string | undefined;

		for (let request = 0; request < MAX_PAGES; request++) {
			if (preset.sizeParam) qs[preset.sizeParam] = cursor.size;
			if (preset.style === 'pageIndex' && preset.pageParam) qs[preset.pageParam] = firstPage + cursor.index;
			if (preset.style === 'recordOffset' && preset.pageParam) qs[preset.pageParam] = collected.length;
			if (preset.style === 'token' && preset.pageParam) {
				if (token === undefined) delete qs[preset.pageParam];
				else qs[preset.pageParam] = token;
			}
			const items = await send();
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
		}
		return Number.isFinite(limit) ? collected.slice(0, limit) : collected;
	};
}
