import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { baseUrlExpression } from '../shared/baseUrl';
import { searchProducts } from './methods/listSearch';
import { getIntegrations, getSavedFilters } from './methods/loadOptions';
import { searchRatePlanCharges, searchRatePlans } from './methods/searchRatePlans';
import { catalogResources as resources } from './resources/catalog';
import { rebillia } from './shared/api';

export class RebilliaCatalog implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Rebillia Catalog',
		name: 'rebilliaCatalog',
		icon: { light: 'file:../../icons/rebillia.svg', dark: 'file:../../icons/rebillia.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: resources.subtitle,
		description: 'Manage the Rebillia product catalog: products, rate plans, charges with price tiers, and store product links',
		defaults: { name: 'Rebillia Catalog' },
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
		listSearch: { searchProducts, searchRatePlans, searchRatePlanCharges },
		loadOptions: { getIntegrations, getSavedFilters },
	};
}
