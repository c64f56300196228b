import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';
import { vendorRequest } from '../../shared/request';
import { rebillia, rebilliaRecords } from '../shared/api';
import { getCurrencies, getGateways, getIntegrations } from './loadOptions';

/**
 * Pickers over the company's settings: the same lists and labels as the dropdowns of
 * loadOptions.ts, searchable for resource locators. These lists are short (a company has a
 * handful of currencies, gateways and integrations), so they are not paged.
 */

function searchable(options: INodePropertyOptions[], filter?: string): INodeListSearchResult {
	const needle = filter?.trim().toLowerCase();
	return {
		results: options
			.filter((option) => !needle || option.name.toLowerCase().includes(needle) || String(option.value).includes(needle))
			.map((option) => ({ name: option.name, value: String(option.value) })),
	};
}

export async function searchCurrencies(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return searchable(await getCurrencies.call(this), filter);
}

export async function searchGateways(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return searchable(await getGateways.call(this), filter);
}

export async function searchIntegrations(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return searchable(await getIntegrations.call(this), filter);
}

/**
 * The company's currencies by the currency's own ID (e.g. 124 for USD), which Set a Company
 * Currency as Default takes, rather than the company currency ID.
 */
export async function getCurrencyIds(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const body = await vendorRequest.call(this, rebillia, { method: 'GET', path: '/currencies' });
	return rebilliaRecords(body)
		.map((record) => (record.currency ?? {}) as IDataObject)
		.filter((currency) => currency.id !== undefined && currency.id !== null)
		.map((currency) => ({ name: `${currency.iso3 ?? 'Currency'}${currency.name ? ` – ${currency.name}` : ''}`, value: Number(currency.id) }))
		.sort((a, b) => a.name.localeCompare(b.name));
}
