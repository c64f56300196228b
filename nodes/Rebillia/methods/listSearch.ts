import type { IDataObject, ILoadOptionsFunctions } from 'n8n-workflow';
import { rebillia } from '../shared/api';
import { searchList, type ListSearch } from './search';

/** The company's records, newest first. */
const searchRebillia = async (context: ILoadOptionsFunctions, spec: ListSearch, filter?: string, token?: string) =>
	await searchList(context, rebillia, { ...spec, qs: { orderBy: 'id', sortBy: 'desc', ...spec.qs } }, filter, token);

const name = (record: IDataObject) => [record.firstName, record.lastName].filter(Boolean).join(' ');

export async function searchCustomers(this: ILoadOptionsFunctions, filter?: string, token?: string) {
	return await searchRebillia(
		this,
		{
			path: '/customers',
			label: (record) => `${name(record) || record.businessName || `Customer ${record.id}`}${record.email ? ` (${record.email})` : ''}`,
			fields: ['email', 'businessName', 'customerId', 'id'],
		},
		filter,
		token,
	);
}

export async function searchSubscriptions(this: ILoadOptionsFunctions, filter?: string, token?: string) {
	return await searchRebillia(
		this,
		{
			path: '/subscriptions',
			label: (record) => `${record.name ?? 'Subscription'} #${record.id}${record.status ? ` (${record.status})` : ''}`,
			fields: ['id', 'status'],
		},
		filter,
		token,
	);
}

export async function searchInvoices(this: ILoadOptionsFunctions, filter?: string, token?: string) {
	return await searchRebillia(
		this,
		{
			path: '/invoices',
			label: (record) => `Invoice ${record.invoiceNo ?? record.id}${record.customerName ? ` – ${record.customerName}` : ''}${record.status ? ` (${record.status})` : ''}`,
			fields: ['id', 'invoiceNo', 'customerName', 'customerEmail', 'status'],
		},
		filter,
		token,
	);
}

export async function searchTransactions(this: ILoadOptionsFunctions, filter?: string, token?: string) {
	return await searchRebillia(
		this,
		{
			path: '/transactions',
			label: (record) => `Transaction #${record.id}: ${record.type ?? ''} ${record.amount ?? ''} (${record.status ?? ''})`.replace(/\s+/g, ' '),
			fields: ['id', 'status', 'type', 'invoiceId'],
		},
		filter,
		token,
	);
}

export async function searchProducts(this: ILoadOptionsFunctions, filter?: string, token?: string) {
	return await searchRebillia(
		this,
		{ path: '/products', label: (record) => `${record.name ?? 'Product'}${record.sku ? ` (${record.sku})` : ''}`, fields: ['id', 'sku', 'status'] },
		filter,
		token,
	);
}
