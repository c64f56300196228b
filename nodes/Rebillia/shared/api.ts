import type { IDataObject } from 'n8n-workflow';
import type { PagingPreset } from '../../shared/api';
import { defineVendor } from '../../shared/api';

function asObject(body: unknown): IDataObject {
	return body && typeof body === 'object' && !Array.isArray(body) ? (body as IDataObject) : {};
}

function numberAt(body: unknown, key: string): number | undefined {
	const value = asObject(body)[key];
	return typeof value === 'number' ? value : undefined;
}

/** The records of a list answer: a bare array, or the `data` of the paged envelope. */
export function rebilliaRecords(body: unknown): IDataObject[] {
	if (Array.isArray(body)) return body as IDataObject[];
	const data = asObject(body).data;
	return Array.isArray(data) ? (data as IDataObject[]) : [];
}

/**
 * Most Rebillia lists answer a bare array and document no page parameter: one request returns
 * the list, and a Limit is applied to it.
 */
export const bareList: PagingPreset = { style: 'none', records: rebilliaRecords };

/**
 * The one paged list (`GET /invoices?status=`): `{currentPageNumber, itemsPerPage, totalItems,
 * totalPages, data}`. `itemPerPage` is the documented page size; the page number parameter is not
 * documented, `page` (from 1) is what the envelope's `currentPageNumber` implies.
 */
export const pagedEnvelope: PagingPreset = {
	style: 'pageIndex',
	pageParam: 'page',
	sizeParam: 'itemPerPage',
	firstPage: 1,
	maxPageSize: () => 100,
	records: rebilliaRecords,
	total: (body) => numberAt(body, 'totalItems'),
	totalPages: (body) => numberAt(body, 'totalPages'),
	appliedPageSize: (body) => numberAt(body, 'itemsPerPage'),
};

/**
 * Rebillia's core API: `{host}/{version}` (v1), `X-AUTH-TOKEN: <API key>`, errors
 * `{code, message}` (401: `{error: {message}}`), 201 on creates, 204 on deletes, no documented
 * rate limit.
 */
export const rebillia = defineVendor({
	service: 'Rebillia',
	credentialType: 'rebilliaApi',
	baseUrl: {
		template: '{host}/{version}',
		fields: { host: 'origin', version: 'text' },
		missing: 'the Rebillia Host (e.g. https://api.rebillia.com) and the API Version (v1)',
	},
	defaultRequestsPerSecond: 10,
	paging: bareList,
	errors: { rejected: 'the API key' },
});
