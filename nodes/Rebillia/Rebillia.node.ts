import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { baseUrlExpression } from '../shared/baseUrl';
import { searchCustomers, searchInvoices, searchSubscriptions, searchTransactions } from './methods/listSearch';
import { getCurrencies, getCustomerAddresses, getCustomerPaymentMethods, getGateways, getIntegrations, getSavedFilters } from './methods/loadOptions';
import { getPickedRatePlanCharges, getRatePlans } from './methods/searchRatePlans';
import { rebilliaCoreResources as resources } from './resources/core';
import { rebillia } from './shared/api';

export class Rebillia implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Rebillia',
		name: 'rebillia',
		icon: { light: 'file:../../icons/rebillia.svg', dark: 'file:../../icons/rebillia.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: resources.subtitle,
		description: 'Manage Rebillia customers, subscriptions, invoices, payments and bill runs',
		defaults: { name: 'Rebillia' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'rebilliaApi', required: true }],
		requestDefaults: {
			baseURL: baseUrlExpression(rebillia.baseUrl),
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
		},
		properties: resources.properties,
	};

	methods = {
		listSearch: { searchCustomers, searchSubscriptions, searchInvoices, searchTransactions },
		loadOptions: { getCurrencies, getGateways, getIntegrations, getRatePlans, getPickedRatePlanCharges, getCustomerPaymentMethods, getCustomerAddresses, getSavedFilters },
	};
}
