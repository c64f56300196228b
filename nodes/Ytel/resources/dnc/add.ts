import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { extraPropertiesField, listBodyField, phoneBodyField } from '../common';
import { SUBTYPES, selector, subtype, selectorValue } from './shared';

export const add = defineOperation(ytel, {
	value: 'add',
	name: 'Add',
	action: 'Add a number to the do-not-contact list',
	description: 'Block a phone number on a channel, for all your numbers or one of them',
	method: 'POST',
	path: '/v4/dnc',
	properties: [
		phoneBodyField({ displayName: 'Phone Number', name: 'endpoint', required: true, description: 'The number not to contact, in E.164 format' }),
		{
			...selector,
			routing: {
				send: {
					preSend: [
						async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
							const value = selectorValue(this, selector.displayName, this.getNodeParameter('selector', ''));
							requestOptions.body = { ...(requestOptions.body as IDataObject), selector: value };
							return requestOptions;
						},
					],
				},
			},
		},
		subtype(true),
		{
			displayName: 'Options',
			name: 'dncOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				listBodyField(
					{ displayName: 'More Selectors', name: 'selectors', placeholder: 'e.g. CUSTOMER_GLOBAL, +15551234567', description: 'Several selectors at once, separated by commas' },
					'selectors',
					'dncOptions',
					{ each: selectorValue },
				),
				{
					displayName: 'More Channels',
					name: 'subtypes',
					type: 'multiOptions',
					options: SUBTYPES,
					default: [],
					description: 'Several channels at once',
					routing: { send: { type: 'body', property: 'subtypes', value: '={{ $value.length ? $value : undefined }}' } },
				},
			],
		},
		extraPropertiesField('{"subtypes": ["sms", "call"]}'),
	],
});
