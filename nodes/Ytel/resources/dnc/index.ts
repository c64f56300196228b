import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { queryField } from '../../../shared/fields';
import type { ResourceSpec } from '../../../shared/operations';
import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { e164 } from '../../shared/phone';
import { binaryField, extraPropertiesField, listBodyField, multipartBody, phoneBodyField } from '../common';

const SUBTYPES = [
	{ name: 'SMS', value: 'sms' },
	{ name: 'Call', value: 'call' },
	{ name: 'Bypass', value: 'bypass' },
];

const selector: INodeProperties = {
	displayName: 'Selector',
	name: 'selector',
	type: 'string',
	required: true,
	default: 'CUSTOMER_GLOBAL',
	placeholder: 'e.g. CUSTOMER_GLOBAL',
	description: 'CUSTOMER_GLOBAL for all your numbers, or one of your numbers in E.164 format',
};
const subtype = (routed: boolean): INodeProperties => ({
	displayName: 'Channel',
	name: 'subtype',
	type: 'options',
	options: SUBTYPES,
	default: 'sms',
	description: 'The channel the entry blocks',
	...(routed ? { routing: { send: { type: 'body' as const, property: 'subtype' } } } : {}),
});

/** A selector: CUSTOMER_GLOBAL, or one of the account's numbers in E.164 (refused by name otherwise). */
function selectorValue(context: IExecuteSingleFunctions, label: string, value: unknown): string {
	return String(value ?? '').trim() === 'CUSTOMER_GLOBAL' ? 'CUSTOMER_GLOBAL' : e164(context, label, value);
}

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


export const check = defineOperation(ytel, {
	value: 'check',
	name: 'Check',
	action: 'Check a number against the do-not-contact list',
	description: 'Get the do-not-contact entry of a number for a selector and channel (none: not blocked)',
	method: 'GET',
	path: '/v4/dnc/{endpoint}/{selector}/{subtype}',
	pathValues: {
		endpoint(value, label) {
			return e164(this, label, value);
		},
		selector(value, label) {
			return selectorValue(this, label, value);
		},
	},
	properties: [
		{ displayName: 'Phone Number', name: 'endpoint', type: 'string', required: true, default: '', placeholder: 'e.g. +15558675309', description: 'The number to check, in E.164 format' },
		selector,
		subtype(false),
	],
});

export const upload = defineOperation(ytel, {
	value: 'upload',
	name: 'Upload',
	action: 'Upload numbers to the do-not-contact list',
	description: 'Add the numbers of a CSV file (one E.164 number a row) to the do-not-contact list',
	method: 'POST',
	path: '/v4/dnc/bulk',
	properties: [
		{ ...binaryField('A CSV file with one phone number in E.164 format a row'), routing: { send: { preSend: [multipartBody('file')] } } },
		{
			displayName: 'Mode',
			name: 'uploadMode',
			type: 'options',
			options: [
				{ name: 'Wait for Result', value: 'sync', description: 'Ytel answers with the entries added and the rows refused' },
				{ name: 'In Background', value: 'async', description: 'Ytel reports the progress to the callback' },
			],
			default: 'sync',
			description: 'Ytel documents this upload twice, once as asynchronous; the background mode asks for a callback',
		},
		{
			...queryField({ displayName: 'Callback', name: 'callback', type: 'string', default: 'websocket', placeholder: 'e.g. websocket', description: 'Where Ytel reports the progress' }),
			displayOptions: { show: { uploadMode: ['async'] } },
		},
		{
			...queryField({ displayName: 'Report Each Row', name: 'incrementalCallback', type: 'boolean', default: true, description: 'Whether Ytel reports every row, not only the end' }),
			displayOptions: { show: { uploadMode: ['async'] } },
		},
	],
});

export const dnc: ResourceSpec = { name: 'Do Not Contact', value: 'dnc', operations: [add, check, upload], defaultOperation: 'add' };
