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

/** The node's `authentication` values and the credential type each picks. */
export const OUTSETA_CREDENTIALS = { apiKey: 'outsetaApi', userToken: 'outsetaUserTokenApi' } as const;

/**
 * Outseta REST API v1: `Authorization: Outseta <key>:<secret>` (API key), or `bearer <token>` for
 * a user's access token from `POST /tokens`; at most 4 requests per second.
 * Lists return `{metadata: {limit, offset, total}, items}` where `offset` is a page index.
 * A page holds at most 100 records, or 25 when `fields` reaches into child objects.
 */
export const outseta = defineVendor({
	service: 'Outseta',
	credentialType: OUTSETA_CREDENTIALS.apiKey,
	authentication: { ...OUTSETA_CREDENTIALS },
	baseUrl: {
		urlField: 'baseUrl',
		defaultPath: '/api/v1',
		template: 'https://{subdomain}.outseta.com/api/v1',
		fields: { subdomain: 'label' },
		missing: 'your Outseta subdomain (e.g. acme) or a Base URL',
	},
	defaultRequestsPerSecond: 4,
	errors: {
		read: modelStateMessage,
		rejected: {
			[OUTSETA_CREDENTIALS.apiKey]: 'the API key or secret key',
			[OUTSETA_CREDENTIALS.userToken]: 'the user token',
		},
	},
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

/**
 * Outseta's timestamps. Every list example writes them zone-less to the second
 * (`2018-01-29T11:47:31`), and filters are sent the same way; zone-less values are read as UTC.
 * Values with an offset or `Z` and up to 7 fractional digits (the 2018 and 2023 examples) are
 * read too.
 */
export const outsetaTime = isoTimestamps({ zonelessAs: 'utc', writeZone: false });
