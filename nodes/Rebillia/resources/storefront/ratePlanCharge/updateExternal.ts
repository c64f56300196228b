import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { bodyField } from '../../../../shared/fields';
import { defineOperation } from '../../../../shared/operations';
import { rebilliaStorefront } from '../../../shared/storefront';
import { extraPropertiesField } from '../../../shared/storefrontFields';
import { ratePlanChargeIdField } from './shared';

const number = (displayName: string, name: string, description: string, required = false): INodeProperties =>
	bodyField({ displayName, name, type: 'number', default: 0, required, description } as INodeProperties, name);

export const updateExternal = defineOperation(rebilliaStorefront, {
	value: 'updateExternal',
	name: 'Update External Variant',
	action: 'Set the store variant of a rate plan charge',
	description: 'Link a subscription charge to another variant of the store product (e.g. another size or color)',
	method: 'PUT',
	path: '/rateplan-charges/{ratePlanChargeId}/external-rateplan-charge',
	properties: [
		ratePlanChargeIdField,
		number('Variant ID', 'id', 'The variant’s ID in the store platform, e.g. 1769', true),
		number('External Product ID', 'product_id', 'The store product the variant belongs to, e.g. 1460', true),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				number('Price', 'price', 'The variant’s price in the store, a decimal amount, e.g. 35'),
				bodyField({ displayName: 'SKU', name: 'sku', type: 'string', default: '', placeholder: 'e.g. SKU-RED' }, 'sku'),
				extraPropertiesField(
					'additionalFields',
					'{"option_values": [{"id": 982, "label": "Red", "option_id": 463, "option_display_name": "Color"}]}',
				),
			],
		},
	],
	validate(request) {
		const body = (request.body ?? {}) as IDataObject;
		for (const [key, label] of [
			['id', 'Variant ID'],
			['product_id', 'External Product ID'],
		]) {
			if (!Number.isInteger(body[key]) || (body[key] as number) <= 0) {
				throw new NodeOperationError(this.getNode(), `"${label}" must be a store ID (a whole number above 0)`, { itemIndex: this.getItemIndex() });
			}
		}
	},
});
