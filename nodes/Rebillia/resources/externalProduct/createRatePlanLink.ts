import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { defineOperation } from '../../../shared/operations';
import { ratePlanChargeLocator } from '../../shared/catalogLocators';
import { extraPropertiesField, numberField, requireRebilliaId, textField } from '../../shared/catalogSettingsFields';
import { rebillia } from '../../shared/api';
import { integrationDropdown } from './integrationField';

export const createRatePlanLink = defineOperation(rebillia, {
	value: 'createRatePlanLink',
	name: 'Link to Rate Plan Charge',
	action: 'Link a store product to a rate plan charge',
	description: 'Link a store product (or variant) to a charge of a rate plan',
	method: 'POST',
	path: '/product-rateplans/external-products',
	properties: [
		ratePlanChargeLocator({ bodyKey: 'productRatePlanChargeId', description: 'The rate plan charge to link' }),
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
		textField('External ID', 'externalId', 'e.g. 1', { required: true, description: 'The ID of the store item (e.g. a variant) this charge stands for, sent as text' }),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				numberField('External Product ID', 'externalProductId', "The store product's numeric ID, e.g. 68"),
				textField('External Name', 'externalName', 'e.g. Coffee beans – monthly'),
				textField('External SKU', 'externalSku', 'e.g. SKU-CODE'),
				textField('External URL', 'externalUrl', 'e.g. https://shop.example.com/beans'),
				extraPropertiesField('additionalFields', '{"externalSku": "SKU-2"}'),
			],
		},
	],
});
