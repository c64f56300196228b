import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { vendorRequest } from '../../shared/request';
import { ytel, ytelRecords } from '../shared/api';

const PAGE_SIZE = 50;

export interface Picker {
	path: string;
	id: (record: IDataObject) => unknown;
	label: (record: IDataObject) => string;
	/** Values the search text is matched against, besides the label. */
	searchable: (record: IDataObject) => unknown[];
}

/** A picker over a Ytel list (read once per search, filtered and paged locally with n8n's pagination token). */
export async function search(context: ILoadOptionsFunctions, picker: Picker, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const records = ytelRecords(await vendorRequest.call(context, ytel, { method: 'GET', path: picker.path })) ?? [];
	const needle = filter?.trim().toLowerCase();
	const matches = records.filter(
		(record) => !needle || [picker.label(record), ...picker.searchable(record)].some((value) => String(value ?? '').toLowerCase().includes(needle)),
	);
	const start = Number(paginationToken ?? 0) || 0;
	return {
		results: matches.slice(start, start + PAGE_SIZE).map((record) => ({ name: picker.label(record), value: String(picker.id(record)) })),
		paginationToken: start + PAGE_SIZE < matches.length ? String(start + PAGE_SIZE) : undefined,
	};
}

const extData = (record: IDataObject) => (record.extData ?? {}) as IDataObject;
const contactLabel = (record: IDataObject) => {
	const data = extData(record);
	const name = [data.firstname, data.lastname].filter(Boolean).join(' ');
	const reach = data.phonenumber1 ?? data.email1;
	return [name, reach].filter(Boolean).join(' · ') || String(record.contactId);
};

export async function searchContacts(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	// GET /v4/contact answers at most 1,000 contacts: beyond them, enter the contact by ID.
	return await search(
		this,
		{ path: '/v4/contact', id: (record) => record.contactId, label: contactLabel, searchable: (record) => [record.contactId, ...Object.values(extData(record))] },
		filter,
		paginationToken,
	);
}

export async function searchSmsTemplates(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	return await search(
		this,
		{ path: '/v4/smstemplate', id: (record) => record.templateId, label: (record) => String(record.templateTitle ?? record.templateId), searchable: (record) => [record.templateText, record.templateId] },
		filter,
		paginationToken,
	);
}

export async function searchInboxes(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	return await search(
		this,
		{ path: '/v4/inbox/name', id: (record) => record.name, label: (record) => String(record.displayName || record.name), searchable: (record) => [record.name] },
		filter,
		paginationToken,
	);
}

export async function searchWebhookConfigurations(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	return await search(
		this,
		{ path: '/v4/callback/configuration', id: (record) => record.id, label: (record) => String(record.name ?? record.id), searchable: (record) => [record.eventType, record.url, record.id] },
		filter,
		paginationToken,
	);
}

export async function searchWebhookCommonConfigurations(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	return await search(
		this,
		{ path: '/v4/callback/authentication', id: (record) => record.id, label: (record) => String(record.name ?? record.id), searchable: (record) => [record.description, record.id] },
		filter,
		paginationToken,
	);
}
