import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { vendorRequest } from '../../shared/request';
import { rebillia, rebilliaRecords } from '../shared/api';

async function options(
	context: ILoadOptionsFunctions,
	path: string,
	label: (record: IDataObject) => string,
): Promise<INodePropertyOptions[]> {
	const body = await vendorRequest.call(context, rebillia, { method: 'GET', path });
	return rebilliaRecords(body)
		.map((record) => ({ name: label(record), value: Number(record.id) }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** The company's currencies, e.g. "USD – US Dollar". */
export async function getCurrencies(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await options(this, '/currencies', (record) => {
		const currency = (record.currency ?? {}) as IDataObject;
		return `${currency.iso3 ?? 'Currency'}${currency.name ? ` – ${currency.name}` : ''} (#${record.id})`;
	});
}

/** The company's payment gateways, e.g. "Stripe (active)". */
export async function getGateways(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await options(this, '/gateways', (record) => `${record.displayName ?? 'Gateway'} (#${record.id}, ${record.status ?? 'unknown'})`);
}

/** The company's integrations (e-commerce, shipping, tax), e.g. "Shopify (#7)". */
export async function getIntegrations(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await options(this, '/integrations', (record) => `${record.displayName ?? 'Integration'} (#${record.id}, ${record.status ?? 'unknown'})`);
}

/** The customer picked in the node, or nothing while the picker is empty or an expression. */
function pickedCustomer(context: ILoadOptionsFunctions): string | undefined {
	const value = context.getCurrentNodeParameter('customerId', { extractValue: true });
	const id = typeof value === 'number' || typeof value === 'string' ? String(value).trim() : '';
	return /^\d+$/.test(id) ? id : undefined;
}

/** The picked customer's payment methods, e.g. "Visa ···4242, Marta Morales (#44)". */
export async function getCustomerPaymentMethods(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const customerId = pickedCustomer(this);
	if (!customerId) return [];
	return await options(this, `/customers/${customerId}/paymentmethods`, (record) => {
		const kind = record.accountType || record.type || 'Payment method';
		const digits = record.accountNumber ? ` ···${String(record.accountNumber).slice(-4)}` : '';
		return `${kind}${digits}${record.accountName ? `, ${record.accountName}` : ''} (#${record.id})`;
	});
}

/** The picked customer's address book, e.g. "Home: 123 Main St, Barboursville (#1)". */
export async function getCustomerAddresses(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const customerId = pickedCustomer(this);
	if (!customerId) return [];
	return await options(this, `/customers/${customerId}/addressbooks`, (record) => {
		const place = [record.street1, record.city].filter(Boolean).join(', ');
		return `${record.name ? `${record.name}: ` : ''}${place || 'Address'} (#${record.id})`;
	});
}

/** Where the node's resource keeps its saved filters (Rebillia's filter sections). */
const FILTER_SECTION_OF: Record<string, string> = { customer: 'customers', product: 'products' };

/** The saved filters of the node's resource, e.g. "Created today (#23)". */
export async function getSavedFilters(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const section = FILTER_SECTION_OF[String(this.getCurrentNodeParameter('resource') ?? '')];
	const body = await vendorRequest.call(this, rebillia, { method: 'GET', path: '/companies/filters', ...(section ? { qs: { section } } : {}) });
	return rebilliaRecords(body)
		// Rebillia narrows by section; a filter of another section is left out in case it does not.
		.filter((record) => !section || record.sectionId === undefined || record.sectionId === section)
		.map((record) => ({ name: `${String(record.label ?? `Filter ${record.id}`).trim()} (#${record.id})`, value: Number(record.id) }))
		.sort((a, b) => a.name.localeCompare(b.name));
}
