import type { ILoadOptionsFunctions } from 'n8n-workflow';
import { search } from './listSearch';

/** Calls in progress, shown as "from → to". */
export async function searchLiveCalls(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	return await search(
		this,
		{
			path: '/v4/call/live',
			id: (record) => record.callSid,
			label: (record) => `${String(record.from ?? '?')} → ${String(record.to ?? '?')}`,
			searchable: (record) => [record.callSid, record.direction],
		},
		filter,
		paginationToken,
	);
}

/** Live lists by name (no saved answer shows the record: the name is `listName`, as Create sends it). */
export async function searchLiveLists(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	return await search(
		this,
		{ path: '/v4/livelist', id: (record) => record.listName ?? record.name, label: (record) => String(record.listName ?? record.name), searchable: () => [] },
		filter,
		paginationToken,
	);
}
