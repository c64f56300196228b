import type { FieldSpec } from '../../shared/fields';
import { includeOption } from '../../shared/fields';

export const productInclude = includeOption([
	['External Interval', 'externalInterval'],
	['External Product', 'externalProduct'],
	['Rate Plan Charge', 'productRateplanCharge'],
	['Sales Channels', 'salesChannels'],
]);

export const productName: FieldSpec = { key: 'name', label: 'Name', kind: 'text', placeholder: 'e.g. Coffee Club' };

/** The product's own fields besides its name and rate plans (create and update take the same). */
export const productFields: FieldSpec[] = [
	{ key: 'description', label: 'Description', kind: 'text', placeholder: 'e.g. Freshly roasted beans, every month', typeOptions: { rows: 2 } },
	{ key: 'sku', label: 'SKU', kind: 'text', placeholder: 'e.g. P-1' },
	{ key: 'category', label: 'Category', kind: 'text', placeholder: 'e.g. base products' },
	{ key: 'effectiveStartDate', label: 'Effective Start Date', kind: 'date', description: 'When subscriptions to the product start charging' },
	{ key: 'effectiveEndDate', label: 'Effective End Date', kind: 'date', description: 'When all subscriptions to the product end' },
];

export const PRODUCT_EXTRA_EXAMPLE = '{"internalProductId": "A-17"}';
