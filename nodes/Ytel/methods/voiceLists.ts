import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { vendorRequest } from '../../shared/request';
import { ytel, ytelRecords } from '../shared/api';
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

/**
 * The members of the conference entered above, shown as their name (usually the phone number).
 * No saved answer shows them: Ytel's description gives one record `{confId, members[]}`.
 */
export async function searchConferenceMembers(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const confId = String(this.getCurrentNodeParameter('confId') ?? '').trim();
	if (!confId) return { results: [] };
	const answer = ytelRecords(await vendorRequest.call(this, ytel, { method: 'GET', path: `/v4/conference/${encodeURIComponent(confId)}/member` })) ?? [];
	const members = answer.flatMap((record) => (Array.isArray(record.members) ? (record.members as IDataObject[]) : []));
	const needle = filter?.trim().toLowerCase();
	return {
		results: members
			.map((member) => ({ name: `${String(member.name || member.callerIdNumber || member.memberId)} (member ${String(member.memberId)})`, value: String(member.memberId) }))
			.filter((option) => !needle || option.name.toLowerCase().includes(needle)),
	};
}
