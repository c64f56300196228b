import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { filtersCollection, idDropdown, listFields, optionsCollection, queryText, sortOptions } from '../../shared/fields';
import { subscriptionLocator } from '../../shared/locators';

export const getExternalInvoices = defineOperation(rebillia, {
	value: 'getExternalInvoices',
	name: 'Get External Invoices',
	action: 'Get the external invoices of a subscription',
	description: 'List the invoices an e-commerce integration (e.g. BigCommerce orders) holds for a subscription',
	method: 'GET',
	path: {
		by: 'byIntegration',
		paths: {
			false: '/subscriptions/{subscriptionId}/external-invoices',
			true: '/subscriptions/{subscriptionId}/external-invoices/{integrationId}',
		},
	},
	output: 'list',
	properties: [
		subscriptionLocator(),
		{
			displayName: 'Only One Integration',
			name: 'byIntegration',
			type: 'boolean',
			default: false,
			description: 'Whether to list only the external invoices of one integration',
		},
		{
			...idDropdown({ label: 'Integration', name: 'integrationId', loadOptions: 'getIntegrations', example: 8 }),
			displayOptions: { show: { byIntegration: [true] } },
		},
		...listFields(),
		filtersCollection([queryText('External ID', 'externalId', 'e.g. 12091', 'Only the external invoice with this ID in the integration')]),
		optionsCollection(sortOptions(['createdAt', 'updatedAt', 'status', 'externalId'])),
	],
});
