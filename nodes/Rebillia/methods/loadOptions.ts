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
