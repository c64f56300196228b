import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import type { ResourceSpec } from '../../../shared/operations';
import { defineOperation } from '../../../shared/operations';
import { ytelAdmin } from '../../shared/api';
import { extraPropertiesField, listFields, requiredText } from '../common';
import { groupFields, userIdsField, workGroupInBody, workGroupLocator } from './shared';

const create = defineOperation(ytelAdmin, {
	value: 'create',
	name: 'Create',
	action: 'Create a work group',
	description: 'Add a work group, optionally with its first users',
	method: 'POST',
	path: '/ams/v3/workgroup',
	properties: [
		requiredText('Group Name', 'groupName', 'e.g. crew', { description: 'The work group’s name, which identifies it' }),
		{
			displayName: 'Additional Fields',
			name: 'groupAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [...groupFields('groupAdditionalFields'), userIdsField(false, 'groupAdditionalFields'), extraPropertiesField('{"details": {"shift": "night"}}', 'groupAdditionalFields')],
		},
	],
});

const get = defineOperation(ytelAdmin, {
	value: 'get',
	name: 'Get',
	action: 'Get a work group',
	description: 'Get a work group by its name',
	method: 'GET',
	path: '/ams/v3/workgroup/{groupname}',
	properties: [workGroupLocator],
});

const getAll = defineOperation(ytelAdmin, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many work groups',
	description: 'List the work groups',
	method: 'GET',
	path: '/ams/v3/workgroup',
	output: 'list',
	properties: listFields,
});

const update = defineOperation(ytelAdmin, {
	value: 'update',
	name: 'Update',
	action: 'Update a work group',
	description: 'Change a work group’s description, metadata or details; only the fields added are sent',
	method: 'PUT',
	path: '/ams/v3/workgroup',
	properties: [
		workGroupInBody,
		{
			displayName: 'Update Fields',
			name: 'groupUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [...groupFields('groupUpdateFields'), extraPropertiesField('{"details": {"shift": "night"}}', 'groupUpdateFields')],
		},
	],
	validate(request) {
		if (Object.keys((request.body ?? {}) as IDataObject).length > 1) return;
		throw new NodeOperationError(this.getNode(), 'Update Fields: add at least one field to change', { itemIndex: this.getItemIndex() });
	},
});

const remove = defineOperation(ytelAdmin, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a work group',
	description: 'Delete a work group',
	method: 'DELETE',
	path: '/ams/v3/workgroup/{groupname}',
	properties: [workGroupLocator],
});

// Add and Remove send what Ytel documents for each: the same request as each other (and as Create).
const addUsers = defineOperation(ytelAdmin, {
	value: 'addUsers',
	name: 'Add Users',
	action: 'Add users to a work group',
	description: 'Add users to an existing work group',
	method: 'POST',
	path: '/ams/v3/workgroup',
	properties: [workGroupInBody, userIdsField(true)],
});

const removeUsers = defineOperation(ytelAdmin, {
	value: 'removeUsers',
	name: 'Remove Users',
	action: 'Remove users from a work group',
	description: 'Remove users from a work group. Ytel documents the same request as for adding users: check the group’s users afterwards.',
	method: 'POST',
	path: '/ams/v3/workgroup',
	properties: [workGroupInBody, userIdsField(true)],
});

export const workGroup: ResourceSpec = {
	name: 'Work Group',
	value: 'workGroup',
	operations: [create, get, getAll, update, remove, addUsers, removeUsers],
	defaultOperation: 'get',
};
