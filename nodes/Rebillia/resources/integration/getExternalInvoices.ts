import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { includeOption, listFields, optionsCollection, queryText, sortOptions } from '../../shared/fields';
import { companyIntegrationLocator } from '../../shared/locators';

export const getExternalInvoices = defineOperation(rebillia, {
	value: 'getExternalInvoices',
	name: 'Get Many External Invoices',
	action: 'Get the external invoices of an integration',
	description: 'List the orders an integration created for Rebillia invoices (e.g. BigCommerce orders)',
	method: 'GET',
	path: '/integrations/{companyIntegrationId}/external-invoices',
	output: 'list',
	properties: [
		companyIntegrationLocator(),
		...listFields(),
		optionsCollection([
			includeOption([
				['Invoice', 'invoice'],
				['Subscription', 'subscription'],
			]),
			queryText('External ID', 'externalId', 'e.g. 12091', 'Only the external invoice with this ID in the integration (e.g. an order number)'),
			...sortOptions(['createdAt', 'updatedAt', 'status', 'externalId', 'invoiceId']),
		]),
	],
});
