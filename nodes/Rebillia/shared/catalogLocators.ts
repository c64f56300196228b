import type { INodeProperties } from 'n8n-workflow';
import { idLocator } from './catalogSettingsFields';

/** Pickers of the catalog and settings records, by list or by numeric id. */

export const productLocator = (options: { name?: string; bodyKey?: string; description?: string } = {}): INodeProperties =>
	idLocator({
		displayName: 'Product',
		name: options.name ?? 'productId',
		noun: 'product',
		searchListMethod: 'searchProducts',
		bodyKey: options.bodyKey,
		example: '8',
		description: options.description ?? 'The product, picked from the catalog or by its ID',
	});

export const ratePlanLocator = (options: { name?: string; bodyKey?: string; description?: string } = {}): INodeProperties =>
	idLocator({
		displayName: 'Rate Plan',
		name: options.name ?? 'ratePlanId',
		noun: 'rate plan',
		searchListMethod: 'searchRatePlans',
		bodyKey: options.bodyKey,
		example: '7',
		description: options.description ?? 'The product rate plan, picked from the catalog (listed as Product › Rate Plan) or by its ID',
	});

export const ratePlanChargeLocator = (options: { name?: string; bodyKey?: string; description?: string } = {}): INodeProperties =>
	idLocator({
		displayName: 'Rate Plan Charge',
		name: options.name ?? 'ratePlanChargeId',
		noun: 'rate plan charge',
		searchListMethod: 'searchRatePlanCharges',
		bodyKey: options.bodyKey,
		example: '79',
		description: options.description ?? 'The product rate plan charge, picked from the catalog (listed as Product › Rate Plan › Charge) or by its ID',
	});

export const currencyLocator = (): INodeProperties =>
	idLocator({
		displayName: 'Company Currency',
		name: 'companyCurrencyId',
		noun: 'company currency',
		searchListMethod: 'searchCurrencies',
		example: '44',
		description: "One of the company's currencies, by its company currency ID (not the currency's own ID)",
	});

export const gatewayLocator = (): INodeProperties =>
	idLocator({
		displayName: 'Company Gateway',
		name: 'companyGatewayId',
		noun: 'company gateway',
		searchListMethod: 'searchGateways',
		example: '3412',
		description: "One of the company's payment gateways",
	});

export const integrationLocator = (description = "One of the company's integrations (e-commerce, shipping, tax)"): INodeProperties =>
	idLocator({
		displayName: 'Company Integration',
		name: 'companyIntegrationId',
		noun: 'company integration',
		searchListMethod: 'searchIntegrations',
		example: '8',
		description,
	});
