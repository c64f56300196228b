import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { vendorRequest } from '../../shared/request';
import { ytelAdmin, ytelRecords } from '../shared/api';

/**
 * Pickers of the Ytel Admin node: subaccounts, account settings and external services, each one
 * request (Ytel answers these lists whole) filtered by the text typed. Through `ytelAdmin`, so in
 * API Token mode they fail with the same message as the operations, before sending.
 */

async function records(context: ILoadOptionsFunctions, path: string): Promise<IDataObject[]> {
	return ytelRecords(await vendorRequest.call(context, ytelAdmin, { method: 'GET', path })) ?? [];
}

function matching(options: Array<{ name: string; value: string }>, filter?: string): INodeListSearchResult {
	const needle = filter?.trim().toLowerCase();
	return {
		results: options
			.filter((option) => !needle || option.name.toLowerCase().includes(needle) || option.value.toLowerCase().includes(needle))
			.sort((a, b) => a.name.localeCompare(b.name)),
	};
}

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));

export async function searchSubaccounts(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const options = (await records(this, '/ams/v3/accounts/subaccounts'))
		.filter((record) => text(record.accountSid) !== '')
		.map((record) => ({ name: text(record.name) || text(record.accountSid), value: text(record.accountSid) }));
	return matching(options, filter);
}

export async function searchAccountSettings(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const options = (await records(this, '/ams/v3/accounts/config'))
		.filter((record) => text(record.key) !== '')
		.map((record) => ({ name: text(record.key), value: text(record.key) }));
	return matching(options, filter);
}

/** The services that have settings, each once. */
export async function searchExternalServices(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const providers = new Set((await records(this, '/ams/v3/accounts/external/config')).map((record) => text(record.provider)).filter(Boolean));
	return matching([...providers].map((provider) => ({ name: provider, value: provider })), filter);
}
