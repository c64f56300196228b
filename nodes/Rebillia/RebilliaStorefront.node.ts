import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { baseUrlExpression } from '../shared/baseUrl';
import { searchShopperAddresses, searchShopperPaymentMethods, searchShopperSubscriptions } from './methods/storefrontSearch';
import { storefrontResources as resources } from './resources/storefront';
import { rebilliaStorefront } from './shared/storefront';

export class RebilliaStorefront implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Rebillia Storefront',
		name: 'rebilliaStorefront',
		icon: { light: 'file:../../icons/rebillia.svg', dark: 'file:../../icons/rebillia.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: resources.subtitle,
		description: 'Act for one shopper in Rebillia’s storefront API: subscriptions, payment methods, checkout and login',
		defaults: { name: 'Rebillia Storefront' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'rebilliaStorefrontApi', required: true }],
		requestDefaults: {
			baseURL: baseUrlExpression(rebilliaStorefront.baseUrl),
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
		},
		properties: resources.properties,
	};

	methods = {
		listSearch: { searchShopperSubscriptions, searchShopperPaymentMethods, searchShopperAddresses },
	};
}
