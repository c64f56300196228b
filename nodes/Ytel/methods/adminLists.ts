import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';
import { vendorRequest } from '../../shared/request';
import { ytelAdmin, ytelRecords } from '../shared/api';

const PAGE_SIZE = 50;

/** The records of an AMS list (one request; AMS lists have no paging parameters). */
async function listOf(context: ILoadOptionsFunctions, path: string): Promise<IDataObject[]> {
	return ytelRecords(await vendorRequest.call(context, ytelAdmin, { method: 'GET', path })) ?? [];
}

/** A picker filtered and paged locally (n8n's pagination token is the offset). */
function pick(records: IDataObject[], value: (record: IDataObject) => unknown, label: (record: IDataObject) => string, filter?: string, token?: string): INodeListSearchResult {
	const needle = filter?.trim().toLowerCase();
	const matches = records.filter((record) => !needle || [label(record), value(record)].some((text) => String(text ?? '').toLowerCase().includes(needle)));
	const start = Number(token ?? 0) || 0;
	return {
		results: matches.slice(start, start + PAGE_SIZE).map((record) => ({ name: label(record), value: String(value(record)) })),
		paginationToken: start + PAGE_SIZE < matches.length ? String(start + PAGE_SIZE) : undefined,
	};
}

const userLabel = (record: IDataObject) => {
	const name = [record.firstName, record.lastName].filter(Boolean).join(' ');
	return [name, record.username].filter(Boolean).join(' · ') || String(record.clientId);
};

/** Users, the value being the user ID. */
export async function searchUsers(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	return pick(await listOf(this, '/ams/v3/users'), (record) => record.clientId, userLabel, filter, paginationToken);
}

/** Users, the value being the username (for the requests by username). */
export async function searchUsernames(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	return pick(await listOf(this, '/ams/v3/users'), (record) => record.username, userLabel, filter, paginationToken);
}

export async function searchWorkGroups(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	const label = (record: IDataObject) => [record.groupName, record.description].filter(Boolean).join(' · ');
	return pick(await listOf(this, '/ams/v3/workgroup'), (record) => record.groupName, label, filter, paginationToken);
}

/** The roles a user can have (`/ams/v2/roles/all`), by display name. */
export async function getRoles(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await listOf(this, '/ams/v2/roles/all')).map((record) => ({
		name: String(record.displayName ?? record.name),
		value: String(record.name),
		description: Array.isArray(record.privileges) ? `Privileges: ${record.privileges.join(', ')}` : undefined,
	}));
}
