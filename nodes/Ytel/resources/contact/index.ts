import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { queryField } from '../../../shared/fields';
import type { ResourceSpec } from '../../../shared/operations';
import { defineOperation } from '../../../shared/operations';
import { ytel, ytelSearchPaging } from '../../shared/api';
import { binaryField, conflictModeOptions, contactLocator, extraPropertiesField, listFields, multipartBody } from '../common';
import { contactDataField, keysField, removeKeysField, statementsField } from './fields';

const contactId = contactLocator();

export const get = defineOperation(ytel, {
	value: 'get',
	name: 'Get',
	action: 'Get a contact',
	description: 'Get a contact by its ID',
	method: 'GET',
	path: '/v4/contact/{contactId}',
	properties: [contactId],
});

export const getAll = defineOperation(ytel, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many contacts',
	description: 'List contacts (at most 1,000; use Search for more)',
	method: 'GET',
	path: '/v4/contact',
	output: 'list',
	properties: [
		{ ...listFields[0], hint: 'Ytel lists at most 1,000 contacts here; use Search to find others' },
		listFields[1],
	],
});

export const create = defineOperation(ytel, {
	value: 'create',
	name: 'Create',
	action: 'Create a contact',
	description: 'Add a contact with its fields and lookup keys',
	method: 'POST',
	path: '/v4/contact',
	properties: [contactDataField, keysField, extraPropertiesField('{"extData": {"variablename": "value"}}')],
	validate(request) {
		const body = (request.body ?? {}) as IDataObject;
		if (!body.extData && !body.keys) {
			throw new NodeOperationError(this.getNode(), 'Contact: add at least one contact field or key', {
				itemIndex: this.getItemIndex(),
			});
		}
	},
});

export const update = defineOperation(ytel, {
	value: 'update',
	name: 'Update',
	action: 'Update a contact',
	description: 'Change a contact’s fields and keys; only the fields added are sent',
	method: 'PUT',
	path: '/v4/contact/{contactId}',
	properties: [
		contactId,
		contactDataField,
		keysField,
		removeKeysField,
		{
			displayName: 'Options',
			name: 'contactOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Conflict Mode',
					name: 'conflictMode',
					type: 'options',
					options: conflictModeOptions,
					default: 'REPLACE',
					description: 'What Ytel does when a key belongs to another contact',
					routing: { send: { type: 'body', property: 'conflictMode' } },
				},
			],
		},
		extraPropertiesField('{"extData": {"variablename": "value"}}'),
	],
});

export const search = defineOperation(ytel, {
	value: 'search',
	name: 'Search',
	action: 'Search contacts',
	description: 'Find contacts by keys or by statements on their fields (up to 10,000)',
	method: 'POST',
	path: '/v4/contact/search',
	output: 'list',
	paging: ytelSearchPaging,
	properties: [
		...listFields,
		{ ...keysField, description: 'Find the contacts holding these keys, separated by commas; keys win over statements' },
		statementsField('statements', false),
		extraPropertiesField('{"from": 0}'),
	],
});

export const archive = defineOperation(ytel, {
	value: 'archive',
	name: 'Archive',
	action: 'Archive a contact',
	description: 'Archive a contact (Unarchive brings it back)',
	method: 'DELETE',
	path: '/v4/contact/{contactId}',
	properties: [contactId],
});

export const unarchive = defineOperation(ytel, {
	value: 'unarchive',
	name: 'Unarchive',
	action: 'Unarchive a contact',
	description: 'Bring back an archived contact',
	method: 'PUT',
	path: '/v4/contact/{contactId}/unarchive',
	properties: [contactId],
});

const conflictModeQuery = queryField({
	displayName: 'Conflict Mode',
	name: 'conflictMode',
	type: 'options',
	options: conflictModeOptions,
	default: 'REJECT',
	description: 'What Ytel does with a row whose keys belong to an existing contact',
});

const csvFile = binaryField('A CSV file of contacts, one per row, with Ytel variable names as column headers');

export const upload = defineOperation(ytel, {
	value: 'upload',
	name: 'Upload',
	action: 'Upload contacts from a CSV file',
	description: 'Add or update contacts from a CSV file and wait for the result',
	method: 'POST',
	path: '/v4/contact/upload',
	properties: [{ ...csvFile, routing: { send: { preSend: [multipartBody('parts')] } } }, conflictModeQuery],
});

export const uploadAsync = defineOperation(ytel, {
	value: 'uploadAsync',
	name: 'Upload in Background',
	action: 'Upload contacts from a CSV file in the background',
	description: 'Start an upload of contacts from a CSV file; Ytel reports the progress to the callback',
	method: 'POST',
	path: '/v4/contact/uploadAsync',
	properties: [
		{ ...csvFile, routing: { send: { preSend: [multipartBody('parts')] } } },
		conflictModeQuery,
		queryField({ displayName: 'Callback', name: 'callback', type: 'string', default: 'websocket', placeholder: 'e.g. websocket', description: 'Where Ytel reports the progress' }),
		queryField({ displayName: 'Report Each Row', name: 'incrementalCallback', type: 'boolean', default: true, description: 'Whether Ytel reports every row, not only the end' }),
	],
});

export const contact: ResourceSpec = {
	name: 'Contact',
	value: 'contact',
	operations: [create, get, getAll, search, update, archive, unarchive, upload, uploadAsync],
	defaultOperation: 'create',
};
