import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { baseUrlExpression } from '../shared/baseUrl';
import { assembleResources } from '../shared/operations';
import {
	searchAccounts,
	searchArticles,
	searchCases,
	searchDeals,
	searchMemberships,
	searchPeople,
	searchPlans,
	searchSubscriptions,
} from './listSearch';
import { getPlanFamilies, getPlans } from './loadOptions';
import { billingResources, crmResources } from './resources';
import { outseta } from './shared/api';
import { authenticationProperty, outsetaNodeCredentials, userTokenScopeNotice } from './shared/node';

const resources = assembleResources([...crmResources, ...billingResources], 'person');

export class Outseta implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Outseta',
		name: 'outseta',
		icon: { light: 'file:../../icons/outseta.svg', dark: 'file:../../icons/outseta.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: resources.subtitle,
		description: 'Manage Outseta people, accounts, deals, support cases, email lists, subscriptions and invoices',
		defaults: { name: 'Outseta' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: outsetaNodeCredentials,
		requestDefaults: {
			baseURL: baseUrlExpression(outseta.baseUrl),
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
		},
		properties: [authenticationProperty, userTokenScopeNotice, ...resources.properties],
	};

	methods = {
		listSearch: { searchPeople, searchAccounts, searchDeals, searchCases, searchPlans, searchArticles, searchMemberships, searchSubscriptions },
		loadOptions: { getPlans, getPlanFamilies },
	};
}
