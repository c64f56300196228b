import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { deepMerge, limitField, returnAllField } from '../../../shared/fields';
import { defineOperation, type ResourceSpec } from '../../../shared/operations';
import {
	bodyTop,
	callbackFields,
	extraOnly,
	fieldCollection,
	locatorInBody,
	numberSetLocator,
	phonesPathValue,
	type YtelField,
} from '../../numbers/fields';
import { ytel } from '../../shared/api';

/** `keywordActions`: an incoming message that is exactly the keyword starts the campaign, `{HI: {campaignId}}`. */
function keywordActionsField(name: string): INodeProperties {
	return {
		displayName: 'Keyword Actions',
		name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Keyword Action',
		default: {},
		description: 'Start a campaign when a message to the set is exactly this keyword',
		options: [
			{
				displayName: 'Keyword Action',
				name: 'action',
				values: [
					{ displayName: 'Keyword', name: 'keyword', type: 'string', default: '', placeholder: 'e.g. HI' },
					{ displayName: 'Campaign ID', name: 'campaignId', type: 'string', default: '', placeholder: 'e.g. e8861980-5165-11e9-b3b4-55cdbe9b37b5' },
				],
			},
		],
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
						const entries = ((this.getNodeParameter(name, {}) as IDataObject).action ?? []) as IDataObject[];
						const actions: IDataObject = {};
						for (const entry of entries) {
							const keyword = String(entry.keyword ?? '').trim();
							const campaignId = String(entry.campaignId ?? '').trim();
							if (keyword && campaignId) actions[keyword] = { campaignId };
						}
						if (!Object.keys(actions).length) return requestOptions;
						requestOptions.body = deepMerge((requestOptions.body ?? {}) as IDataObject, { keywordActions: actions });
						return requestOptions;
					},
				],
			},
		},
	};
}

const setName: YtelField = { key: 'name', name: 'setName', label: 'Name', kind: 'text', required: true, placeholder: 'e.g. Support lines' };
const setNumbers: YtelField = { key: 'phoneNumbers', name: 'setNumbers', label: 'Numbers', kind: 'phones', description: 'Numbers of the account in the set' };
const accountSid: YtelField = { key: 'accountSid', label: 'Account SID', kind: 'text', placeholder: 'e.g. 173c6f7f-c911-f823-fb2d-a13e4780c300', description: 'The account (or sub-account) the set belongs to' };
const forwarding: YtelField[] = [
	{ key: 'forwardNumber', label: 'Forward Number', kind: 'phone', description: 'Where calls to the set are forwarded' },
	{ key: 'callerIdName', label: 'Caller ID Name', kind: 'text', placeholder: 'e.g. Acme Support' },
];

const getAll = defineOperation(ytel, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many number sets',
	description: 'The number sets of the account',
	method: 'GET',
	path: '/v4/numberset',
	output: 'list',
	properties: [returnAllField, limitField],
});

const create = defineOperation(ytel, {
	value: 'create',
	name: 'Create',
	action: 'Create a number set',
	description: 'A set of numbers that messages and calls can be sent from (a number of the set picked at random)',
	method: 'POST',
	path: '/v4/numberset',
	properties: [
		bodyTop(setName),
		bodyTop(setNumbers),
		keywordActionsField('createKeywordActions'),
		fieldCollection({
			displayName: 'Additional Fields',
			name: 'setFields',
			target: 'body',
			fields: [accountSid, ...forwarding, ...callbackFields(false)],
			extraExample: '{"smsMethod": "POST"}',
		}),
	],
});

const addNumbers = defineOperation(ytel, {
	value: 'addNumbers',
	name: 'Add Numbers',
	action: 'Add numbers to a number set',
	description: 'Add numbers of the account to a number set',
	method: 'POST',
	path: '/v4/numberset/addnumber',
	properties: [
		locatorInBody({ ...numberSetLocator, name: 'targetSetId' }, 'numberSetId', (_context, value) => String(value).trim()),
		bodyTop({ ...setNumbers, name: 'addNumbers', required: true, description: 'Numbers of the account to add' }),
		extraOnly('{"phoneNumbers": ["+19892001234"]}'),
	],
});

const get = defineOperation(ytel, {
	value: 'get',
	name: 'Get',
	action: 'Get a number set',
	description: 'One number set with its numbers',
	method: 'GET',
	path: '/v4/numberset/{numberSetId}',
	properties: [numberSetLocator],
});

const update = defineOperation(ytel, {
	value: 'update',
	name: 'Update',
	action: 'Update a number set',
	description: 'Change the name, numbers, forwarding, callbacks or keyword actions of a number set',
	method: 'PUT',
	path: '/v4/numberset/{numberSetId}',
	properties: [
		numberSetLocator,
		keywordActionsField('updateKeywordActions'),
		fieldCollection({
			displayName: 'Update Fields',
			name: 'setUpdateFields',
			target: 'body',
			fields: [{ ...setName, required: false }, { ...setNumbers, description: 'The numbers of the set (replaces them)' }, accountSid, ...forwarding, ...callbackFields()],
			extraExample: '{"callerIdName": "Acme"}',
		}),
	],
	// Ytel's own request names the set in the body too.
	validate(request) {
		const id = String(this.getNodeParameter('numberSetId', '', { extractValue: true })).trim();
		request.body = { numberSetId: id, ...((request.body ?? {}) as IDataObject) };
	},
});

const deleteSet = defineOperation(ytel, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a number set',
	description: 'Delete a number set (its numbers stay in the account)',
	method: 'DELETE',
	path: '/v4/numberset/{numberSetId}',
	properties: [numberSetLocator],
});

const removeNumbers = defineOperation(ytel, {
	value: 'removeNumbers',
	name: 'Remove Numbers',
	action: 'Remove numbers from a number set',
	description: 'Take numbers out of a number set (they stay in the account)',
	method: 'DELETE',
	path: '/v4/numberset/{numberSetId}/{removeNumbers}',
	pathValues: { removeNumbers: phonesPathValue },
	properties: [
		numberSetLocator,
		{
			displayName: 'Numbers',
			name: 'removeNumbers',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. +14155550123, +14155550124',
			hint: 'Comma-separated, each in E.164 format (+ and the country code)',
		},
	],
});

export const numberSet: ResourceSpec = {
	name: 'Number Set',
	value: 'numberSet',
	operations: [getAll, create, addNumbers, get, update, deleteSet, removeNumbers],
	defaultOperation: getAll.spec.value,
};
