import type { IDataObject } from 'n8n-workflow';
import { defineVendor } from '../../shared/api';
import { isoTimestamps } from '../../shared/poll';

function asObject(body: unknown): IDataObject {
	return body && typeof body === 'object' && !Array.isArray(body) ? (body as IDataObject) : {};
}

function metadataNumber(body: unknown, key: string): number | undefined {
	const value = asObject(asObject(body).metadata)[key];
	return typeof value === 'number' ? value : undefined;
}

/** ASP.NET-style `{Message, ModelState: {"person.Email": ["…"]}}` → "Message (person.Email: …)". */
function modelStateMessage(body: unknown): { message?: string } | undefined {
	const data = asObject(body);
	const modelState = data.ModelState;
	if (!modelState || typeof modelState !== 'object') return undefined;
	const details = Object.entries(modelState as IDataObject)
		.map(([field, problems]) => {
			const text = Array.isArray(problems) ? problems.join(' ') : String(problems);
			return field ? `${field}: ${text}` : text;
		})
		.join('; ');
	const main = typeof data.Message === 'string' && data.Message.trim() ? data.Message.trim() : undefined;
	if (!details) return main ? { message: main } : undefined;
	return { message: main ? `${main} (${details})` : details };
}

/**
 * Outseta REST API v1: `Authorization: Outseta <key>:<secret>`, at most 4 requests per second.
 * Lists return `{metadata: {limit, offset, total}, items}` where `offset` is a page index.
 * A page holds at most 100 records, or 25 when `fields` reaches into child objects.
 */
export const outseta = defineVendor({
	service: 'Outseta',
	credentialType: 'outsetaApi',
	baseUrl: {
		urlField: 'baseUrl',
		defaultPath: '/api/v1',
		template: 'https://{subdomain}.outseta.com/api/v1',
		fields: { subdomain: 'label' },
		missing: 'your Outseta subdomain (e.g. acme) or a Base URL',
	},
	defaultRequestsPerSecond: 4,
	errors: { read: modelStateMessage, rejected: 'the API key or secret key' },
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

/** Outseta's timestamps: zone-less ones are UTC; filters take `YYYY-MM-DDTHH:mm:ss`. */
export const outsetaTime = isoTimestamps({ zonelessAs: 'utc', writeZone: false });
