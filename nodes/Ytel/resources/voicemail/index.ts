import type { INodeProperties } from 'n8n-workflow';
import { defineOperation, type ResourceSpec } from '../../../shared/operations';
import { numberLocator, phonePathValue } from '../../numbers/fields';
import { ytel } from '../../shared/api';
import { wholeListFields } from '../campaignKit';

/**
 * Voicemails of a number. The collection lists `GET /v4/voicemail/{phoneNumber}` twice (Get
 * Voicemails, Get Voicemails for Number: one operation here); the first one's description speaks
 * of a date range and a status filter, but the request has no parameter for them, so none is sent.
 * "Get Voicemail for Number and Record Copy" is really Update Status (listened 1, deleted -1).
 */

const phoneNumber: INodeProperties = { ...numberLocator, description: 'The number whose voicemails to read, in E.164 format' };

const recordId: INodeProperties = {
	displayName: 'Voicemail ID',
	name: 'recordId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 6a1f0c2e-2b7d-11ec-9621-0242ac130002',
	description: 'The voicemail (its record ID, as Get Many lists it)',
};

const pathValues = { phoneNumber: phonePathValue };

const getAll = defineOperation(ytel, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many voicemails',
	description: 'List the voicemails of a number',
	method: 'GET',
	path: '/v4/voicemail/{phoneNumber}',
	pathValues,
	output: 'list',
	properties: [phoneNumber, ...wholeListFields()],
});

const get = defineOperation(ytel, {
	value: 'get',
	name: 'Get',
	action: 'Get a voicemail',
	description: 'Get one voicemail of a number',
	method: 'GET',
	path: '/v4/voicemail/{phoneNumber}/{recordId}',
	pathValues,
	properties: [phoneNumber, recordId],
});

const updateStatus = defineOperation(ytel, {
	value: 'updateStatus',
	name: 'Update Status',
	action: 'Update the status of a voicemail',
	description: 'Mark a voicemail as listened to, or delete it',
	method: 'PUT',
	path: '/v4/voicemail/{phoneNumber}/status/{recordId}',
	pathValues,
	properties: [
		phoneNumber,
		recordId,
		{
			displayName: 'Status',
			name: 'voicemailStatus',
			type: 'options',
			options: [
				{ name: 'Listened', value: 1, description: 'Mark the voicemail as listened to' },
				{ name: 'Deleted', value: -1, description: 'Delete the voicemail' },
			],
			default: 1,
			routing: { send: { type: 'body', property: 'status' } },
		},
	],
});

export const voicemail: ResourceSpec = {
	name: 'Voicemail',
	value: 'voicemail',
	description: 'Voicemails left on the account’s numbers',
	operations: [getAll, get, updateStatus],
	defaultOperation: getAll.spec.value,
};
