import type { IDataObject, ILoadOptionsFunctions } from 'n8n-workflow';
import { rebilliaStorefront } from '../shared/storefront';
import { searchList } from './search';

/** One of the shopper's lists (the storefront answers each whole, for the customer of the credential). */
const searchShopperList = async (
	context: ILoadOptionsFunctions,
	path: string,
	label: (record: IDataObject) => string,
	fields: string[],
	filter?: string,
	token?: string,
) => await searchList(context, rebilliaStorefront, { path, label, fields }, filter, token);

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
