import type { IDataObject } from 'n8n-workflow';
import { defineVendor } from '../../shared/api';

function asObject(body: unknown): IDataObject {
	return body && typeof body === 'object' && !Array.isArray(body) ? (body as IDataObject) : {};
}

function metadataNumber(body: unknown, key: string): number | undefined {
	const value = asObject(asObject(body).metadata)[key];
	return typeof value === 'number' ? value : undefined;
}

/**
 * Outseta REST API v1: `Authorization: Outseta <key>:<secret>`, at most 4 requests per second.
 * Lists return `{metadata: {limit, offset, total}, items}` where `offset` is a page index.
 * A page holds at most 100 records, or 25 when `fields` reaches into child objects.
 */
export const outseta = defineVendor({
	service: 'Outseta',
	credentialType: 'outsetaApi',
	baseUrl: { overrideField: 'baseUrl', template: 'https://{subdomain}.outseta.com/api/v1' },
	defaultRequestsPerSecond: 4,
	paging: {
		style: 'pageIndex',
		pageParam: 'offset',
		sizeParam: 'limit',
		firstPage: 0,
		maxPageSize: (qs) => (String(qs.fields ?? '').includes('.') ? 25 : 100),
		records: (body) => {
			if (Array.isArray(body)) return body as IDataObject[];
			const items = asObject(body).items;
			return Array.isArray(items) ? (items as IDataObject[]) : [];
		},
		total: (body) => metadataNumber(body, 'total'),
		appliedPageSize: (body) => metadataNumber(body, 'limit'),
	},
});

