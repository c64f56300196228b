import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { vendorRequest } from '../../shared/request';
import { rebilliaRecords } from '../shared/api';
import { rebilliaStorefront } from '../shared/storefront';

const PAGE_SIZE = 50;

/**
 * A picker over one of the shopper's lists (the storefront answers each whole, for the customer of
 * the credential), paged locally; the search text matches the label and the given fields.
 */
async function searchShopperList(
	context: ILoadOptionsFunctions,
	path: string,
	label: (record: IDataObject) => string,
	fields: string[],
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const body = await vendorRequest.call(context, rebilliaStorefront, { method: 'GET', path });
	const needle = filter?.trim().toLowerCase();
	const matches = rebilliaRecords(body).filter(
		(record) =>
			!needle || [label(record), ...fields.map((field) => record[field])].some((value) => String(value ?? '').toLowerCase().includes(needle)),
	);
	const start = Number(paginationToken ?? 0) || 0;
	return {
		results: matches.slice(start, start + PAGE_SIZE).map((record) => ({ name: label(record), value: String(record.id) })),
		paginationToken: start + PAGE_SIZE < matches.length ? String(start + PAGE_SIZE) : undefined,
	};
}

export async function searchShopperSubscriptions(this: ILoadOptionsFunctions, filter?: string, token?: string) {
	return await searchShopperList(
		this,
		'/subscriptions',
		(record) => `${record.name ?? 'Subscription'} #${record.id}${record.status ? ` (${record.status})` : ''}`,
		['id', 'status'],
		filter,
		token,
	);
}

export async function searchShopperPaymentMethods(this: ILoadOptionsFunctions, filter?: string, token?: string) {
	return await searchShopperList(
		this,
		'/paymentmethods',
		(record) =>
			`${record.accountType ?? record.type ?? 'Payment method'}${record.accountNumber ? ` ending ${record.accountNumber}` : ''}${record.accountName ? ` – ${record.accountName}` : ''} (#${record.id})`,
		['id', 'accountName', 'type'],
		filter,
		token,
	);
}

export async function searchShopperAddresses(this: ILoadOptionsFunctions, filter?: string, token?: string) {
	return await searchShopperList(
		this,
		'/addressbooks',
		(record) =>
			[[record.first_name, record.last_name].filter(Boolean).join(' '), record.address1, record.city, record.postal_code]
				.filter(Boolean)
				.join(', ') + ` (#${record.id})`,
		['id', 'company', 'state_or_province'],
		filter,
		token,
	);
}
