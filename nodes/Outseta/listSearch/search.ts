import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { vendorRequest } from '../../shared/request';
import { outseta } from '../shared/api';

const PAGE_SIZE = 100;

/**
 * One page of a list endpoint for a resource locator. Outseta has no "contains" filter, so the
 * search text is matched locally against the fields shown; the token is the next page index.
 */
export async function searchPage(
	context: ILoadOptionsFunctions,
	path: string,
	fields: string[],
	label: (record: IDataObject) => string,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = Number(paginationToken ?? 0) || 0;
	const body = (await vendorRequest.call(context, outseta, {
		method: 'GET',
		path,
		qs: { limit: PAGE_SIZE, offset: page, fields: fields.join(','), orderBy: 'Created DESC' },
	})) as IDataObject;
	const records = outseta.paging!.records(body);
	const needle = filter?.trim().toLowerCase();
	const matches = needle
		? records.filter((record) =>
				fields.some((field) => String(record[field] ?? '').toLowerCase().includes(needle)),
			)
		: records;
	const total = outseta.paging!.total?.(body);
	const more = records.length === PAGE_SIZE && (total === undefined || (page + 1) * PAGE_SIZE < total);
	return {
		results: matches.map((record) => ({ name: label(record), value: String(record.Uid) })),
		paginationToken: more ? String(page + 1) : undefined,
	};
}
