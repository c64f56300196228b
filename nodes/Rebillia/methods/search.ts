import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import type { VendorApi } from '../../shared/api';
import { vendorRequest } from '../../shared/request';
import { rebilliaRecords } from '../shared/api';

const PAGE_SIZE = 50;

/**
 * One page of a picker's results: the entries whose name or other searchable values contain the
 * search text (case-insensitively), paged locally with n8n's pagination token.
 */
export function pageOfMatches<T>(
	entries: T[],
	result: (entry: T) => { name: string; value: string },
	searchable: (entry: T) => unknown[],
	filter?: string,
	paginationToken?: string,
): INodeListSearchResult {
	const needle = filter?.trim().toLowerCase();
	const matches = entries.filter(
		(entry) => !needle || [result(entry).name, ...searchable(entry)].some((value) => String(value ?? '').toLowerCase().includes(needle)),
	);
	const start = Number(paginationToken ?? 0) || 0;
	return {
		results: matches.slice(start, start + PAGE_SIZE).map(result),
		paginationToken: start + PAGE_SIZE < matches.length ? String(start + PAGE_SIZE) : undefined,
	};
}

export interface ListSearch {
	path: string;
	qs?: IDataObject;
	label: (record: IDataObject) => string;
	/** Fields the search text is matched against, besides the label. */
	fields: string[];
}

/**
 * A picker over a Rebillia list. The lists document no paging (they answer every record at once),
 * so the list is read once per search and paged locally.
 */
export async function searchList(
	context: ILoadOptionsFunctions,
	api: VendorApi,
	spec: ListSearch,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const body = await vendorRequest.call(context, api, { method: 'GET', path: spec.path, ...(spec.qs ? { qs: spec.qs } : {}) });
	return pageOfMatches(
		rebilliaRecords(body),
		(record) => ({ name: spec.label(record), value: String(record.id) }),
		(record) => spec.fields.map((field) => record[field]),
		filter,
		paginationToken,
	);
}
