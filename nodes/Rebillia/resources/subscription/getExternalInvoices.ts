import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { bareListFields, filtersCollection, orderByOption, queryText, readOptions, sortByOption, subscriptionLocator } from '../../shared/coreDescriptions';
import { numericIdCheck } from '../../shared/coreFields';

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
		subscriptionLocator,
		{
			displayName: 'Only One Integration',
			name: 'byIntegration',
			type: 'boolean',
			default: false,
			description: 'Whether to list only the external invoices of one integration',
		},
		{
			displayName: 'Integration Name or ID',
			name: 'integrationId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getIntegrations' },
			required: true,
			default: '',
			description:
				'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			displayOptions: { show: { byIntegration: [true] } },
			routing: { send: { preSend: [numericIdCheck('integrationId', 'Integration')] } },
		},
		...bareListFields(),
		filtersCollection([queryText('External ID', 'externalId', 'e.g. 12091', 'Only the external invoice with this ID in the integration')]),
		readOptions([orderByOption, sortByOption]),
	],
});
