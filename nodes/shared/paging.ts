import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	INodeExecutionData,
} from 'n8n-workflow';
import type { VendorApi } from './api';
import { pageInfoOf } from './output';
import { sendPaced } from './throttle';

/** Upper bound on pages for one Get Many, so a vendor that never reports the end cannot loop forever. */
const MAX_PAGES = 10_000;

type Runner = (
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
) => Promise<INodeExecutionData[]>;

/** Sends one paced request, retrying 429s. */
export function singleRequest(api: VendorApi): Runner {
	return async function (this, requestData) {
		return await sendPaced(this, api, async () => await this.makeRoutingRequest(requestData));
	};
}

/**
 * The shared Get Many paginator. Return All walks every page; a Limit asks for
 * ⌈limit / page size⌉ pages of one constant size (page-index paging needs a constant size).
 * Stops on the vendor's total, a short page, or the limit. Every page is paced.
 */
export function paginate(api: VendorApi): Runner {
	const { paging } = api;
	return async function (this, requestData) {
		const returnAll = this.getNodeParameter('returnAll', false) as boolean;
		const limit = returnAll ? Infinity : Number(this.getNodeParameter('limit', 50));
		const qs = (requestData.options.qs ??= {}) as IDataObject;
		const pageSize = Math.max(1, Math.min(paging.maxPageSize(qs), limit));
		const firstPage = paging.firstPage ?? 0;
		const collected: INodeExecutionData[] = [];

		for (let pageNumber = 0; pageNumber < MAX_PAGES; pageNumber++) {
			qs[paging.sizeParam] = pageSize;
			qs[paging.pageParam] =
				paging.style === 'pageIndex' ? firstPage + pageNumber : pageNumber * pageSize;
			const items = await sendPaced(this, api, async () => await this.makeRoutingRequest(requestData));
			collected.push(...items);

			const info = pageInfoOf(items);
			const servedSize = info.appliedPageSize ?? pageSize;
			const seen = (pageNumber + 1) * servedSize;
			if (collected.length >= limit) break;
			if (items.length < servedSize) break;
			if (info.total !== undefined && seen >= info.total) break;
		}
		return Number.isFinite(limit) ? collected.slice(0, limit) : collected;
	};
}
