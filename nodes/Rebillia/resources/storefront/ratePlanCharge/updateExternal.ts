import { defineOperation } from '../../../../shared/operations';
import { bodyCollection, bodyProperty, DECIMAL_HINT } from '../../../shared/fields';
import { rebilliaStorefront } from '../../../shared/storefront';
import { ratePlanChargeIdField } from './shared';

export const updateExternal = defineOperation(rebilliaStorefront, {
	value: 'updateExternal',
	name: 'Update External Variant',
	action: 'Set the store variant of a rate plan charge',
	description: 'Link a subscription charge to another variant of the store product (e.g. another size or color)',
	method: 'PUT',
	path: '/rateplan-charges/{ratePlanChargeId}/external-rateplan-charge',
	properties: [
		ratePlanChargeIdField,
		bodyProperty({ key: 'id', label: 'Variant ID', kind: 'id', numberInput: true, example: 1769, required: true, description: 'The variant’s ID in the store platform' }),
		bodyProperty({
			key: 'product_id',
			label: 'External Product ID',
			kind: 'id',
			numberInput: true,
			example: 1460,
			required: true,
			description: 'The store product the variant belongs to',
		}),
		bodyCollection({
			displayName: 'Additional Fields',
			name: 'additionalFields',
			fields: [
				{ key: 'price', label: 'Price (Decimal)', kind: 'number', hint: DECIMAL_HINT, description: 'The variant’s price in the store, a decimal amount, e.g. 35' },
				{ key: 'sku', label: 'SKU', kind: 'text', placeholder: 'e.g. SKU-RED' },
			],
			extraExample: '{"option_values": [{"id": 982, "label": "Red", "option_id": 463, "option_display_name": "Color"}]}',
		}),
	],
});
