import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';
import { vendorRequest } from '../../shared/request';
import { ytel, ytelRecords } from '../shared/api';

const base64 = (value: string) => Buffer.from(value, 'utf8').toString('base64');
/** One page of the number picker; the next one starts after its last number. */
const PICKER_PAGE = 100;
/** Pages a filtered search reads at most before it answers. */
const FILTER_PAGES = 10;

async function records(context: ILoadOptionsFunctions, path: string, qs?: IDataObject): Promise<IDataObject[]> {
	return ytelRecords(await vendorRequest.call(context, ytel, { method: 'GET', path, qs })) ?? [];
}

const matches = (filter: string | undefined, ...texts: unknown[]) =>
	!filter || texts.some((text) => String(text ?? '').toLowerCase().includes(filter.trim().toLowerCase()));

/**
 * The account's numbers, a page at a time (`nextKey` after the last one). Ytel has no search: a
 * filter (number or friendly name) reads on through up to ten pages until something matches.
 */
export async function searchNumbers(this: ILoadOptionsFunctions, filter?: string, token?: string): Promise<INodeListSearchResult> {
	const found: IDataObject[] = [];
	let next = token;
	for (let page = 0; page < (filter ? FILTER_PAGES : 1); page++) {
		const numbers = await records(this, '/v4/number', { size: PICKER_PAGE, ...(next ? { nextKey: next } : {}) });
		const last = numbers[numbers.length - 1]?.phoneNumber;
		next = numbers.length === PICKER_PAGE && last ? base64(String(last)) : undefined;
		found.push(...numbers.filter((number) => matches(filter, number.phoneNumber, number.friendlyName)));
		if (!next || found.length) break;
	}
	return {
		results: found.map((number) => ({
			name: `${String(number.phoneNumber)}${number.friendlyName ? ` (${String(number.friendlyName)})` : ''}`,
			value: String(number.phoneNumber),
		})),
		paginationToken: next,
	};
}

const setLabel = (set: IDataObject) => `${String(set.name || 'Number set')} (${String(set.numberSetId)})`;

/** The account's number sets, filtered by name or ID. */
export async function searchNumberSets(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const sets = await records(this, '/v4/numberset');
	return {
		results: sets
			.filter((set) => matches(filter, set.name, set.numberSetId))
			.map((set) => ({ name: setLabel(set), value: String(set.numberSetId) }))
			.sort((a, b) => a.name.localeCompare(b.name)),
	};
}

/** Number sets for a dropdown, e.g. "Support lines (b33f7d40-…)". */
export async function getNumberSets(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await records(this, '/v4/numberset'))
		.map((set) => ({ name: setLabel(set), value: String(set.numberSetId) }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** Ytel's timezones, e.g. "EST/EDT (EST5EDT, UTC-5)". */
export async function getTimezones(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await records(this, '/v4/timezone')).map((zone) => ({
		name: `${String(zone.name)}${zone.systemName ? ` (${String(zone.systemName)}, UTC${Number(zone.offset) >= 0 ? '+' : ''}${String(zone.offset)})` : ''}`,
		value: zone.timezoneId as number,
	}));
}
