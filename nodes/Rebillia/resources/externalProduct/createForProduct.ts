import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { bodyCollection, bodyProperty, DECIMAL_HINT } from '../../shared/fields';
import { productLocator } from '../../shared/locators';
import { storeIntegration } from './integrationField';

export const createForProduct = defineOperation(rebillia, {
	value: 'createForProduct',
	name: 'Link to Product',
	action: 'Link a store product to a product',
	description: 'Link a product of an e-commerce store (e.g. BigCommerce) to a Rebillia product',
	method: 'POST',
	path: '/products/{productId}/external-products',
	properties: [
		productLocator({ description: 'The Rebillia product to link' }),
		bodyProperty(storeIntegration),
		bodyProperty({
			key: 'productId',
			name: 'storeProductId',
			label: 'Store Product ID',
			kind: 'text',
			placeholder: 'e.g. 35',
			description: "The product's ID in the store, sent as text",
			required: true,
		}),
		bodyCollection({
			displayName: 'Store Product',
			name: 'settings',
			description: "What the store shows for the product (Rebillia keeps it as the link's settings)",
			extra: false,
			fields: [
				{ key: 'settings.id', name: 'id', label: 'Store ID', kind: 'number', description: "The product's numeric ID in the store, e.g. 21422" },
				{ key: 'settings.name', name: 'name', label: 'Name', kind: 'text', placeholder: 'e.g. Coffee beans' },
				{ key: 'settings.sku', name: 'sku', label: 'SKU', kind: 'text', placeholder: 'e.g. PROD-TEST' },
				{
					key: 'settings.price',
					name: 'price',
					label: 'Price (Decimal)',
					kind: 'text',
					hint: DECIMAL_HINT,
					placeholder: 'e.g. 25',
					description: "The store's price, as text in the store's currency (e.g. 25 for 25.00)",
				},
				{ key: 'settings.image', name: 'image', label: 'Image URL', kind: 'text', placeholder: 'e.g. https://cdn.example.com/beans.png' },
				{ key: 'settings.modifierDisplayName', name: 'modifierDisplayName', label: 'Modifier Display Name', kind: 'text', placeholder: 'e.g. Link' },
				{
					key: 'settings.options',
					name: 'options',
					label: 'Store Options',
					kind: 'list',
					entry: 'Option',
					description: "The store product's options, e.g. Subscription: One time, 1 month",
					fields: [
						{ key: 'displayName', label: 'Display Name', kind: 'text', placeholder: 'e.g. Subscription', required: true },
						{ key: 'values', label: 'Values', kind: 'textList', placeholder: 'e.g. One time, 1 month', description: 'Comma-separated', always: true },
					],
				},
			],
		}),
		bodyCollection({ displayName: 'Additional Fields', name: 'additionalFields', fields: [], extraExample: '{"settings": {"weight": 2}}' }),
	],
});
