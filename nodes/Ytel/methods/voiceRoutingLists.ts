import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { vendorRequest } from '../../shared/request';
import { ytel, ytelRecords } from '../shared/api';

/**
 * Route tags, IVRs, scripts and dispositions to pick from: each list is one request (Ytel
 * answers them whole), filtered here by the text typed in the picker.
 */
async function pick(
	context: ILoadOptionsFunctions,
	path: string,
	id: (record: IDataObject) => unknown,
	label: (record: IDataObject) => unknown,
	filter?: string,
): Promise<INodeListSearchResult> {
	const records = ytelRecords(await vendorRequest.call(context, ytel, { method: 'GET', path })) ?? [];
	const needle = filter?.trim().toLowerCase();
	const options = records
		.filter((record) => typeof id(record) === 'string' && id(record) !== '')
		.map((record) => ({ name: String(label(record) || id(record)), value: String(id(record)) }))
		.filter((option) => !needle || option.name.toLowerCase().includes(needle) || option.value.toLowerCase().includes(needle));
	return { results: options.sort((a, b) => a.name.localeCompare(b.name)) };
}

const described = (name: unknown, description: unknown) => (description ? `${String(name)} (${String(description)})` : name);

export async function searchRouteTags(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await pick(this, '/v4/route/tag', (record) => record.routeTag, (record) => described(record.routeTag, record.description), filter);
}

export async function searchIvrs(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	// IVRs live at /ivr, without the /v4 of the other voice lists.
	return await pick(this, '/ivr', (record) => record.ivrName, (record) => record.ivrName, filter);
}

export async function searchScripts(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await pick(this, '/v4/scriptadmin', (record) => record.scriptId, (record) => record.name, filter);
}

export async function searchDispositions(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await pick(this, '/v4/disposition', (record) => record.key, (record) => described(record.key, record.description), filter);
}
