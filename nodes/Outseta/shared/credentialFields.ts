import type { ICredentialTestRequest, INodeProperties } from 'n8n-workflow';

/** The address fields both Outseta credentials share. */
export const outsetaAddressFields: Record<'subdomain' | 'baseUrl', INodeProperties> = {
	subdomain: {
		displayName: 'Subdomain',
		name: 'subdomain',
		type: 'string',
		default: '',
		placeholder: 'e.g. acme',
		description:
			'The part before .outseta.com in your Outseta address (acme, acme.outseta.com or https://acme.outseta.com all work). Needed unless a Base URL is set.',
	},
	baseUrl: {
		displayName: 'Base URL (Optional)',
		name: 'baseUrl',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://accounts.example.com/api/v1',
		description: 'The API root including /api/v1, for a custom domain or a proxy. When set it is used instead of the subdomain.',
	},
};

/** What a failing Test says: the key or token rejected, or no Outseta API at the address. */
export function outsetaTestRules(rejected: string): ICredentialTestRequest['rules'] {
	return [
		{ type: 'responseCode', properties: { value: 401, message: rejected } },
		{
			type: 'responseCode',
			properties: {
				value: 404,
				message: 'Nothing answers at this address: check the subdomain, or that the Base URL ends with the API path (/api/v1)',
			},
		},
	];
}
