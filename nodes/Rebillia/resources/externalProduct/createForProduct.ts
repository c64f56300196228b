import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { defineOperation } from '../../../shared/operations';
import { productLocator } from '../../shared/catalogLocators';
import { extraPropertiesField, numberField, requireRebilliaId, textField, textList } from '../../shared/catalogSettingsFields';
import { rebillia } from '../../shared/api';
import { integrationDropdown } from './integrationField';

const storeOptions: INodeProperties = {
	displayName: 'Store Options',
	name: 'options',
	type: 'fixedCollection',
	placeholder: 'Add Store Option',
	typeOptions: { multipleValues: true },
	default: {},
	description: "The store product's options, e.g. Subscription: One time, 1 month",
	options: [
		{
			displayName: 'Option',
			name: 'option',
			values: [
				{ displayName: 'Display Name', name: 'displayName', type: 'string', default: '', placeholder: 'e.g. Subscription' },
				{ displayName: 'Values', name: 'values', type: 'string', default: '', placeholder: 'e.g. One time, 1 month', description: 'Comma-separated' },
			],
		},
	],
	routing: {
		send: {
			preSend: [
				async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
					const entries = ((this.getNodeParameter('settings.options', {}) as IDataObject).option ?? []) as IDataObject[];
					const options = entries
						.filter((entry) => String(entry.displayName ?? '').trim() !== '')
						.map((entry) => ({ displayName: String(entry.displayName).trim(), values: textList(entry.values) }));
					const body = (requestOptions.body ?? {}) as IDataObject;
					requestOptions.body = { ...body, settings: { ...((body.settings ?? {}) as IDataObject), options } };
					return requestOptions;
				},
			],
		},
	},
};

export const createForProduct = defineOperation(rebillia, {
	value: 'createForProduct',
	name: 'Link to Product',
	action: 'Link a store product to a product',
	description: 'Link a product of an e-commerce store (e.g. BigCommerce) to a Rebillia product',
	method: 'POST',
	path: '/products/{productId}/external-products',
	properties: [
		productLocator({ description: 'The Rebillia product to link' }),
		{
			...integrationDropdown,
			routing: {
				send: {
					preSend: [
						async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
							const id = requireRebilliaId(this, 'Company Integration', this.getNodeParameter('companyIntegrationId', ''));
							requestOptions.body = { ...(requestOptions.body as IDataObject), companyIntegrationId: id };
							return requestOptions;
						},
					],
				},
			},
		},
		textField('Store Product ID', 'storeProductId', 'e.g. 35', { required: true, description: "The product's ID in the store, sent as text" }, 'productId'),
		{
			displayName: 'Store Product',
			name: 'settings',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: "What the store shows for the product (Rebillia keeps it as the link's settings)",
			options: [
				numberField('Store ID', 'id', "The product's numeric ID in the store, e.g. 21422", {}, 'settings.id'),
				textField('Name', 'name', 'e.g. Coffee beans', {}, 'settings.name'),
				textField('SKU', 'sku', 'e.g. PROD-TEST', {}, 'settings.sku'),
				textField('Price', 'price', 'e.g. 25', { description: "The store's price, as text in the store's currency (e.g. 25 for 25.00)" }, 'settings.price'),
				textField('Image URL', 'image', 'e.g. https://cdn.example.com/beans.png', {}, 'settings.image'),
				textField('Modifier Display Name', 'modifierDisplayName', 'e.g. Link', {}, 'settings.modifierDisplayName'),
				storeOptions,
			],
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [extraPropertiesField('additionalFields', '{"settings": {"weight": 2}}')],
		},
	],
});
