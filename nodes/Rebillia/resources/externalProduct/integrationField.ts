import type { FieldSpec } from '../../shared/fields';

/** The store integration (e.g. BigCommerce, Shopify) of a link, picked from the company's integrations. */
export const storeIntegration: FieldSpec = {
	key: 'companyIntegrationId',
	label: 'Company Integration',
	kind: 'id',
	loadOptions: 'getIntegrations',
	example: 8,
	required: true,
	description: 'The store integration the external product lives in',
};
