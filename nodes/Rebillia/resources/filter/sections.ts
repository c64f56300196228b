import type { INodePropertyOptions } from 'n8n-workflow';

/**
 * Where a saved filter applies. The collection's examples show `invoices` and `subscriptions`;
 * the others follow its Filters prose (customers, transactions) and the products list's `filterId`.
 */
export const FILTER_SECTIONS: INodePropertyOptions[] = [
	{ name: 'Customers', value: 'customers' },
	{ name: 'Invoices', value: 'invoices' },
	{ name: 'Products', value: 'products' },
	{ name: 'Subscriptions', value: 'subscriptions' },
	{ name: 'Transactions', value: 'transactions' },
];
