import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { bodyCollection, bodyProperty } from '../../shared/fields';
import { ratePlanChargeLocator } from '../../shared/locators';
import { storeIntegration } from './integrationField';

export const createRatePlanLink = defineOperation(rebillia, {
	value: 'createRatePlanLink',
	name: 'Link to Rate Plan Charge',
	action: 'Link a store product to a rate plan charge',
	description: 'Link a store product (or variant) to a charge of a rate plan',
	method: 'POST',
	path: '/product-rateplans/external-products',
	properties: [
		ratePlanChargeLocator({ send: { type: 'body', property: 'productRatePlanChargeId' }, description: 'The rate plan charge to link' }),
		bodyProperty(storeIntegration),
		bodyProperty({
			key: 'externalId',
			label: 'External ID',
			kind: 'text',
			placeholder: 'e.g. 1',
			description: 'The ID of the store item (e.g. a variant) this charge stands for, sent as text',
			required: true,
		}),
		bodyCollection({
			displayName: 'Additional Fields',
			name: 'additionalFields',
			fields: [
				{ key: 'externalProductId', label: 'External Product ID', kind: 'number', description: "The store product's numeric ID, e.g. 68" },
				{ key: 'externalName', label: 'External Name', kind: 'text', placeholder: 'e.g. Coffee beans – monthly' },
				{ key: 'externalSku', label: 'External SKU', kind: 'text', placeholder: 'e.g. SKU-CODE' },
				{ key: 'externalUrl', label: 'External URL', kind: 'text', placeholder: 'e.g. https://shop.example.com/beans' },
			],
			extraExample: '{"externalSku": "SKU-2"}',
		}),
	],
});
