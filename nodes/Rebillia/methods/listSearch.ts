import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { vendorRequest } from '../../shared/request';
import { rebillia, rebilliaRecords } from '../shared/api';

const PAGE_SIZE = 50;

interface SearchSpec {
	path: string;
	qs?: IDataObject;
	label: (record: IDataObject) => string;
	/** Fields the search text is matched against, besides the label. */
	fields: string[];
}

/**
 * A picker over a Rebillia list. The lists document no paging (they answer every record at
 * once), so the list is read once per search and paged locally with n8n's pagination token;
 * the search text matches the label and the given fields, case-insensitively.
 */
async function searchRebillia(
	context: ILoadOptionsFunctions,
	spec: SearchSpec,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const body = await vendorRequest.call(context, rebillia, { method: 'GET', path: spec.path, qs: { orderBy: 'id', sortBy: 'desc', ...spec.qs } });
	const needle = filter?.trim().toLowerCase();
	const matches = rebilliaRecords(body).filter(
		(record) =>
			!needle ||
			[spec.label(record), ...spec.fields.map((field) => record[field])].some((value) => String(value ?? '').toLowerCase().includes(needle)),
	);
	const start = Number(paginationToken ?? 0) || 0;
	const page = matches.slice(start, start + PAGE_SIZE);
	return {
		results: page.map((record) => ({ name: spec.label(record), value: String(record.id) })),
		paginationToken: start + PAGE_SIZE < matches.length ? String(start + PAGE_SIZE) : undefined,
	};
}

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
