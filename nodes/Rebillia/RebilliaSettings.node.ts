import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { baseUrlExpression } from '../shared/baseUrl';
import { searchCurrencies, searchGateways, searchIntegrations, getCurrencyIds } from './methods/searchSettings';
import { settingsResources as resources } from './resources/settings';
import { rebillia } from './shared/api';

export class RebilliaSettings implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Rebillia Settings',
		name: 'rebilliaSettings',
		icon: { light: 'file:../../icons/rebillia.svg', dark: 'file:../../icons/rebillia.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: resources.subtitle,
		description: 'Manage Rebillia company settings: currencies, payment gateways, integrations, shipping rates and saved filters',
		defaults: { name: 'Rebillia Settings' },
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
		listSearch: { searchCurrencies, searchGateways, searchIntegrations },
		loadOptions: { getCurrencyIds },
	};
}
