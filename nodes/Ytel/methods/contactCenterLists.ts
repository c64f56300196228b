import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { vendorRequest, type VendorRequest } from '../../shared/request';
import { yccRecords, ytelYcc } from '../shared/api';

const PAGE_SIZE = 50;
/** The pickers ask each list in one request, at the largest page Ytel's own examples ask. */
const WHOLE = { limit: 100_000, page: 1 };

async function listOf(context: ILoadOptionsFunctions, request: VendorRequest): Promise<IDataObject[]> {
	return yccRecords(await vendorRequest.call(context, ytelYcc, request));
}

/** A picker filtered and paged locally (n8n's pagination token is the offset); the label shows name and ID. */
function pick(records: IDataObject[], idField: string, nameField: string, filter?: string, token?: string): INodeListSearchResult {
	const needle = filter?.trim().toLowerCase();
	const label = (record: IDataObject) => [record[nameField], record[idField]].filter((part) => part !== undefined && part !== null && part !== '').join(' · ');
	const matches = records.filter((record) => record[idField] !== undefined && (!needle || label(record).toLowerCase().includes(needle)));
	const start = Number(token ?? 0) || 0;
	return {
		results: matches.slice(start, start + PAGE_SIZE).map((record) => ({ name: label(record), value: String(record[idField]) })),
		paginationToken: start + PAGE_SIZE < matches.length ? String(start + PAGE_SIZE) : undefined,
	};
}

export async function searchCcAgents(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	return pick(await listOf(this, { method: 'GET', path: '/get-agent-list' }), 'user', 'full_name', filter, paginationToken);
}

export async function searchCcAgentGroups(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	return pick(await listOf(this, { method: 'GET', path: '/agentgroup-lists', qs: WHOLE }), 'user_group', 'group_name', filter, paginationToken);
}

export async function searchCcInboundQueues(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	return pick(await listOf(this, { method: 'GET', path: '/inbound-queue', qs: { limit: 10_000 } }), 'group_id', 'group_name', filter, paginationToken);
}

export async function searchCcCampaigns(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	return pick(await listOf(this, { method: 'GET', path: '/campaign-list-mix', qs: WHOLE }), 'campaign_id', 'campaign_name', filter, paginationToken);
}

/** Voicemail boxes come from the global lookup (Ytel has no list request of its own for them). */
export async function searchCcVoicemails(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	const [lists] = await listOf(this, { method: 'POST', path: '/global-api', body: { case: ['voicemail'] } });
	const boxes = Array.isArray(lists?.voicemail) ? (lists.voicemail as IDataObject[]) : [];
	return pick(boxes, 'voicemail_id', 'fullname', filter, paginationToken);
}
