import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { defineOperation } from '../../../shared/operations';
import { requireRebilliaId } from '../../shared/catalogSettingsFields';
import { rebillia } from '../../shared/api';

export const setDefault = defineOperation(rebillia, {
	value: 'setDefault',
	name: 'Set Default',
	action: 'Set the default company currency',
	description: 'Make one of the company’s currencies its default',
	method: 'POST',
	path: '/currencies/default',
	properties: [
		{
			displayName: 'Currency Name or ID',
			name: 'currencyId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getCurrencyIds' },
			required: true,
			default: '',
			description:
				'One of the company’s currencies, by the currency’s own ID (e.g. 124 for USD). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			routing: {
				send: {
					preSend: [
						async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
							const id = requireRebilliaId(this, 'Currency', this.getNodeParameter('currencyId', ''));
							requestOptions.body = { ...(requestOptions.body as IDataObject), currencyId: id };
							return requestOptions;
						},
					],
				},
			},
		},
	],
});
