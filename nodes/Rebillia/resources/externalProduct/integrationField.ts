import type { INodeProperties } from 'n8n-workflow';

/** The store integration (e.g. BigCommerce, Shopify) of a link, picked from the company's integrations. */
export const integrationDropdown: INodeProperties = {
	displayName: 'Company Integration Name or ID',
	name: 'companyIntegrationId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getIntegrations' },
	required: true,
	default: '',
	description:
		'The store integration the external product lives in. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};
