import type { INodeProperties } from 'n8n-workflow';
import type { ResourceSpec } from '../../../shared/operations';
import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { extraPropertiesField, listFields, templateLocator, text } from '../common';

const title = (required: boolean) => text('Title', 'templateTitle', 'e.g. Hello world.', { required, description: 'The template’s name in Ytel' });
const templateText = text('Text', 'templateText', 'e.g. Hello %%FIRSTNAME%%!', {
	typeOptions: { rows: 3 },
	description: 'The message; %%VARIABLE%% placeholders are filled from the contact',
});
const mediaUrl = text('Media URL', 'templateMediaUrl', 'e.g. https://www.example.com/image.png', { description: 'A picture or file sent with the message (MMS)' });
const extra = extraPropertiesField('{"templateMediaUrl": "https://www.example.com/image.png"}');

export const create = defineOperation(ytel, {
	value: 'create',
	name: 'Create',
	action: 'Create an SMS template',
	description: 'Add an SMS template with its text and/or media URL',
	method: 'POST',
	path: '/v4/smstemplate',
	properties: [title(true), templateText, mediaUrl, extra],
});

const updateFields: INodeProperties = {
	displayName: 'Update Fields',
	name: 'updateFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	options: [title(false), templateText, mediaUrl],
};

export const update = defineOperation(ytel, {
	value: 'update',
	name: 'Update',
	action: 'Update an SMS template',
	description: 'Change an SMS template; only the fields added are sent',
	method: 'PUT',
	path: '/v4/smstemplate/{templateId}',
	properties: [templateLocator, updateFields, extra],
});

export const get = defineOperation(ytel, {
	value: 'get',
	name: 'Get',
	action: 'Get an SMS template',
	description: 'Get an SMS template by its ID',
	method: 'GET',
	path: '/v4/smstemplate/{templateId}',
	properties: [templateLocator],
});

export const getAll = defineOperation(ytel, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many SMS templates',
	description: 'List the SMS templates',
	method: 'GET',
	path: '/v4/smstemplate',
	output: 'list',
	properties: listFields,
});

export const archive = defineOperation(ytel, {
	value: 'archive',
	name: 'Archive',
	action: 'Archive an SMS template',
	description: 'Archive an SMS template (Unarchive brings it back)',
	method: 'DELETE',
	path: '/v4/smstemplate/{templateId}',
	properties: [templateLocator],
});

export const unarchive = defineOperation(ytel, {
	value: 'unarchive',
	name: 'Unarchive',
	action: 'Unarchive an SMS template',
	description: 'Bring back an archived SMS template',
	method: 'PUT',
	path: '/v4/smstemplate/{templateId}/unarchive',
	properties: [templateLocator],
});

export const smsTemplate: ResourceSpec = {
	name: 'SMS Template',
	value: 'smsTemplate',
	operations: [create, get, getAll, update, archive, unarchive],
	defaultOperation: 'create',
};
