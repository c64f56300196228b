import { defineOperation } from '../../../shared/operations';
import { integrationLocator } from '../../shared/catalogLocators';
import { includeOption, listFields, orderByOption, queryOption, sortByOption } from '../../shared/catalogSettingsFields';
import { rebillia } from '../../shared/api';

export const getExternalInvoices = defineOperation(rebillia, {
	value: 'getExternalInvoices',
	name: 'Get Many External Invoices',
	action: 'Get the external invoices of an integration',
	description: 'List the orders an integration created for Rebillia invoices (e.g. BigCommerce orders)',
	method: 'GET',
	path: '/integrations/{companyIntegrationId}/external-invoices',
	output: 'list',
	properties: [
		integrationLocator(),
		...listFields(),
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				includeOption([
					['Invoice', 'invoice'],
					['Subscription', 'subscription'],
				]),
				queryOption('External ID', 'externalId', 'e.g. 12091', 'Only the external invoice with this ID in the integration (e.g. an order number)'),
				orderByOption,
				sortByOption,
			],
		},
	],
});
