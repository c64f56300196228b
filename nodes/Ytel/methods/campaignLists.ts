import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';
import { vendorRequest } from '../../shared/request';
import { ytel, ytelRecords } from '../shared/api';

/**
 * Campaigns and runners to pick from: each list is one request (Ytel answers them whole),
 * filtered here by the text typed in the picker.
 */

async function records(context: ILoadOptionsFunctions, path: string): Promise<IDataObject[]> {
	return ytelRecords(await vendorRequest.call(context, ytel, { method: 'GET', path })) ?? [];
}

function searchable(options: INodePropertyOptions[], filter?: string): INodeListSearchResult {
	const needle = filter?.trim().toLowerCase();
	return {
		results: options
			.filter((option) => !needle || option.name.toLowerCase().includes(needle) || String(option.value).toLowerCase().includes(needle))
			.map((option) => ({ name: option.name, value: String(option.value) })),
	};
}

/** The account's campaigns (archived ones are not listed), by name. */
export async function getCampaigns(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await records(this, '/v4/campaign'))
		.filter((record) => typeof record.campaignId === 'string' && record.campaignId !== '')
		.map((record) => ({ name: String(record.campaignName || record.campaignId), value: String(record.campaignId) }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

export async function searchCampaigns(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return searchable(await getCampaigns.call(this), filter);
}

/** The runners of the campaign picked above (of every campaign when none is picked yet). */
export async function searchRunners(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	let campaignId = '';
	try {
		campaignId = String(this.getCurrentNodeParameter('campaignId', { extractValue: true }) ?? '').trim();
	} catch {
		// No campaign field on this form: every runner.
	}
	const path = campaignId ? `/v4/campaign/${encodeURIComponent(campaignId)}/batch` : '/v4/campaign/batch';
	const options = (await records(this, path))
		.filter((record) => typeof record.batchId === 'string' && record.batchId !== '')
		.map((record) => ({ name: String(record.displayName || record.batchId), value: String(record.batchId) }))
		.sort((a, b) => a.name.localeCompare(b.name));
	return searchable(options, filter);
}
