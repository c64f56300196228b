import type { INodeProperties } from 'n8n-workflow';
import { dateField, extraPropertiesField, includeOption, textField } from '../../shared/catalogSettingsFields';

/** Product statuses as Rebillia's product object lists them. */
export const PRODUCT_STATUSES = ['pending', 'active', 'published', 'disabled', 'draft'];

export const productInclude = includeOption([
	['External Interval', 'externalInterval'],
	['External Product', 'externalProduct'],
	['Rate Plan Charge', 'productRateplanCharge'],
	['Sales Channels', 'salesChannels'],
]);

/** The product's own fields (besides its name and rate plans), in a collection. */
export function productProperties(collection: string): INodeProperties[] {
	return [
		textField('Description', 'description', 'e.g. Freshly roasted beans, every month', { typeOptions: { rows: 2 } }),
		textField('SKU', 'sku', 'e.g. P-1'),
		textField('Category', 'category', 'e.g. base products'),
		dateField('Effective Start Date', 'effectiveStartDate', 'When subscriptions to the product start charging', collection),
		dateField('Effective End Date', 'effectiveEndDate', 'When all subscriptions to the product end', collection),
		extraPropertiesField(collection, '{"internalProductId": "A-17"}'),
	];
}
