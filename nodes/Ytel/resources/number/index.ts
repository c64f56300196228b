import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { limitField, returnAllField } from '../../../shared/fields';
import { defineOperation, type ResourceSpec } from '../../../shared/operations';
import {
	bodyTop,
	callbackFields,
	extraOnly,
	fieldCollection,
	locatorInBody,
	numberLocator,
	phonePathValue,
	queryTop,
	type YtelField,
} from '../../numbers/fields';
import { e164 } from '../../shared/phone';
import { ytel, ytelNumbersPaging } from '../../shared/api';

const base64 = (value: string) => Buffer.from(value, 'utf8').toString('base64');

const getAll = defineOperation(ytel, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many numbers',
	description: 'The numbers of the account, in number order',
	method: 'GET',
	path: '/v4/number',
	output: 'list',
	paging: ytelNumbersPaging,
	properties: [
		returnAllField,
		limitField,
		{
			displayName: 'Options',
			name: 'numberListOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Start After',
					name: 'startAfter',
					type: 'string',
					default: '',
					placeholder: 'e.g. +19495554444',
					description: 'Only numbers after this one (E.164), e.g. the last number of an earlier run',
				},
			],
			routing: {
				send: {
					preSend: [
						async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
							const { startAfter } = (this.getNodeParameter('numberListOptions', {}) ?? {}) as IDataObject;
							if (startAfter === undefined || String(startAfter).trim() === '') return requestOptions;
							requestOptions.qs = { ...(requestOptions.qs ?? {}), nextKey: base64(e164(this, 'Start After', startAfter)) };
							return requestOptions;
						},
					],
				},
			},
		},
	],
});

const areaCodes: YtelField = {
	key: 'areaCode',
	label: 'Area Codes',
	kind: 'text',
	required: true,
	default: 'all',
	placeholder: 'e.g. 714, 949',
	description: 'Comma-separated US area codes, or "all"',
};
const perAreaCode: YtelField = { key: 'size', name: 'perAreaCode', label: 'Numbers per Area Code', kind: 'number', default: 20, description: 'How many numbers to offer for each area code' };

const getAvailable = defineOperation(ytel, {
	value: 'getAvailable',
	name: 'Get Available',
	action: 'Get numbers available to buy',
	description: 'Numbers Ytel offers for purchase in some area codes',
	method: 'GET',
	path: '/v4/number/available',
	properties: [
		queryTop(areaCodes),
		queryTop(perAreaCode),
		fieldCollection({
			displayName: 'Options',
			name: 'availableOptions',
			target: 'query',
			fields: [
				{
					key: 'type',
					label: 'Type',
					kind: 'options',
					options: [
						{ name: 'SMS', value: 'sms' },
						{ name: 'Toll-Free', value: 'tollfree' },
						{ name: 'Voice', value: 'voice' },
					],
				},
				{ key: 'offset', label: 'Offset', kind: 'number', description: 'Offers to skip (Ytel documents it as unused)' },
			],
		}),
	],
});

const numbersToBuy: YtelField = { key: 'phoneNumber', name: 'purchaseNumbers', label: 'Numbers', kind: 'phones', required: true, description: 'Numbers to buy, as Get Available lists them' };

const purchase = defineOperation(ytel, {
	value: 'purchase',
	name: 'Purchase',
	action: 'Purchase numbers',
	description: 'Buy numbers, optionally into a number set. One item per number bought, then one per number refused (with failed: true).',
	method: 'POST',
	path: '/v4/number/purchase',
	properties: [
		bodyTop(numbersToBuy),
		fieldCollection({
			displayName: 'Additional Fields',
			name: 'purchaseFields',
			target: 'body',
			fields: [{ key: 'numberSetId', label: 'Number Set', kind: 'options', loadOptions: 'getNumberSets', description: 'The number set the numbers join' }],
			extraExample: '{"numberSetId": "b33f7d40-79b7-11ea-af46-7330668f35a8"}',
		}),
	],
});

const release = defineOperation(ytel, {
	value: 'release',
	name: 'Release',
	action: 'Release numbers',
	description: 'Give numbers back (up to 100 at a time). One item per number released, then one per number refused (with failed: true).',
	method: 'POST',
	path: '/v4/number/release',
	properties: [
		bodyTop({ key: 'phoneNumber', name: 'releaseNumbers', label: 'Numbers', kind: 'phones', required: true, description: 'Numbers of the account to release, up to 100' }),
		extraOnly('{"phoneNumber": ["+12012281234"]}'),
	],
});

const transfer = defineOperation(ytel, {
	value: 'transfer',
	name: 'Move',
	action: 'Move numbers to another account',
	description: 'Move numbers from one account (or sub-account) to another',
	method: 'POST',
	path: '/v4/number/transfer',
	properties: [
		bodyTop({ key: 'phoneNumbers', name: 'moveNumbers', label: 'Numbers', kind: 'phones', required: true }),
		bodyTop({ key: 'fromAccountSid', label: 'From Account SID', kind: 'text', required: true, placeholder: 'e.g. 173c6f7f-c911-f823-fb2d-a13e4780c300' }),
		bodyTop({ key: 'toAccountSid', label: 'To Account SID', kind: 'text', required: true, placeholder: 'e.g. 1e091839-3b9c-fe2e-1e5a-de6b748d8ff0' }),
		extraOnly('{"toAccountSid": "1e091839-3b9c-fe2e-1e5a-de6b748d8ff0"}'),
	],
});

/** Also read by the Ytel Webhook Trigger (the same request). */
export const get = defineOperation(ytel, {
	value: 'get',
	name: 'Get',
	action: 'Get a number',
	description: 'One number of the account with its callback settings',
	method: 'GET',
	path: '/v4/number/{phoneNumber}',
	pathValues: { phoneNumber: phonePathValue },
	properties: [numberLocator],
});

/** Also sent by the Ytel Webhook Trigger (the same request). */
export const update = defineOperation(ytel, {
	value: 'update',
	name: 'Update',
	action: 'Update a number',
	description: 'Change the friendly name or the callback URLs of a number',
	method: 'PUT',
	path: '/v4/number/{phoneNumber}',
	pathValues: { phoneNumber: phonePathValue },
	properties: [
		numberLocator,
		fieldCollection({
			displayName: 'Update Fields',
			name: 'numberFields',
			target: 'body',
			fields: [{ key: 'friendlyName', label: 'Friendly Name', kind: 'text', placeholder: 'e.g. Support line' }, ...callbackFields()],
			extraExample: '{"friendlyName": "Support line"}',
		}),
	],
});

const assignWebRtc = defineOperation(ytel, {
	value: 'assignWebRtc',
	name: 'Assign to WebRTC',
	action: 'Assign a number to WebRTC',
	description: 'Make a number the caller ID of the signed-in user\'s WebRTC phone',
	method: 'POST',
	path: '/v4/number/webrtc',
	properties: [
		locatorInBody({ ...numberLocator, name: 'webrtcNumber' }, 'phoneNumber', (context, value) => e164(context, 'Number', value)),
		extraOnly('{"phoneNumber": "+14155550123"}'),
	],
});

export const number: ResourceSpec = {
	name: 'Number',
	value: 'number',
	operations: [getAll, getAvailable, purchase, release, transfer, get, update, assignWebRtc],
	defaultOperation: getAll.spec.value,
};
