import type { INodeProperties } from 'n8n-workflow';
import { keyValueBodyField, locatorField } from '../../../shared/fields';
import type { ResourceSpec } from '../../../shared/operations';
import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { extraPropertiesField, listFields, text } from '../common';

const configuration = locatorField({
	displayName: 'Common Configuration',
	name: 'callbackAuthId',
	noun: 'common configuration',
	searchListMethod: 'searchWebhookCommonConfigurations',
	idPlaceholder: 'e.g. 355c2d70-408a-11eb-bf2c-419a0ebdd348',
	description: 'The webhook common configuration (its ID)',
});

/** Name, description, headers and the authentication headers Ytel stores encrypted. */
function commonFields(collection?: string): INodeProperties[] {
	return [
		text('Name', 'name', 'e.g. Example config'),
		text('Description', 'description', 'e.g. Configuration for talking to example server'),
		keyValueBodyField({ displayName: 'Headers', name: 'headers', collection, target: 'headers', description: 'Headers sent with every webhook using this configuration', namePlaceholder: 'e.g. Content-type' }),
		keyValueBodyField({
			displayName: 'Authentication Headers',
			name: 'authHeaders',
			collection,
			target: 'authHeaders',
			description: 'Credentials sent with every webhook (Ytel stores them encrypted)',
			namePlaceholder: 'e.g. Authentication',
		}),
	];
}

export const create = defineOperation(ytel, {
	value: 'create',
	name: 'Create',
	action: 'Create a webhook common configuration',
	description: 'Add headers and credentials shared by webhook configurations',
	method: 'POST',
	path: '/v4/callback/authentication',
	properties: [
		...commonFields().map((property) => (property.name === 'name' ? { ...property, required: true } : property)),
		extraPropertiesField('{"headers": {"X-Source": "n8n"}}'),
	],
});

export const update = defineOperation(ytel, {
	value: 'update',
	name: 'Update',
	action: 'Update a webhook common configuration',
	description: 'Change a webhook common configuration; only the fields added are sent',
	method: 'PUT',
	path: '/v4/callback/authentication/{callbackAuthId}',
	properties: [
		configuration,
		{ displayName: 'Update Fields', name: 'updateFields', type: 'collection', placeholder: 'Add Field', default: {}, options: commonFields('updateFields') },
		extraPropertiesField('{"headers": {"X-Source": "n8n"}}'),
	],
});

export const get = defineOperation(ytel, {
	value: 'get',
	name: 'Get',
	action: 'Get a webhook common configuration',
	description: 'Get a webhook common configuration by its ID',
	method: 'GET',
	path: '/v4/callback/authentication/{callbackAuthId}',
	properties: [configuration],
});

export const getAll = defineOperation(ytel, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many webhook common configurations',
	description: 'List the webhook common configurations',
	method: 'GET',
	path: '/v4/callback/authentication',
	output: 'list',
	properties: listFields,
});

export const remove = defineOperation(ytel, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a webhook common configuration',
	description: 'Delete a webhook common configuration',
	method: 'DELETE',
	path: '/v4/callback/authentication/{callbackAuthId}',
	properties: [configuration],
});

export const webhookCommonConfiguration: ResourceSpec = {
	name: 'Webhook Common Configuration',
	value: 'webhookCommonConfiguration',
	operations: [create, get, getAll, update, remove],
	defaultOperation: 'create',
};
