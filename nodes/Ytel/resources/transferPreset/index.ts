import type { INodeProperties } from 'n8n-workflow';
import { defineOperation, type ResourceSpec } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { wholeListFields } from '../campaignKit';

/**
 * Transfer presets: destinations offered to a group's agents when they transfer a call. A preset
 * is named by its group, type and destination (Delete takes the three in the path).
 * The collection has no saved answers here: the fields follow its requests.
 */

const groupId: INodeProperties = {
	displayName: 'Group ID',
	name: 'groupId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. wg1',
	description: 'The group whose agents are offered the preset',
};
const presetType: INodeProperties = {
	displayName: 'Preset Type',
	name: 'presetType',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. workgroup',
	description: 'The kind of preset, e.g. workgroup',
};
const destination: INodeProperties = {
	displayName: 'Destination',
	name: 'destination',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. +12223334444',
	description: 'Where the call is transferred, e.g. a phone number',
};
const inBody = (property: INodeProperties): INodeProperties => ({ ...property, routing: { send: { type: 'body', property: property.name } } });

const getAll = defineOperation(ytel, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many transfer presets',
	description: 'List the transfer presets of every group',
	method: 'GET',
	path: '/v4/preset/transfer',
	output: 'list',
	properties: wholeListFields(),
});

const getAllOfGroup = defineOperation(ytel, {
	value: 'getAllOfGroup',
	name: 'Get Many of Group',
	action: 'Get the transfer presets of a group',
	description: 'List the transfer presets of one group',
	method: 'GET',
	path: '/v4/preset/transfer/{groupId}',
	output: 'list',
	properties: [groupId, ...wholeListFields()],
});

const create = defineOperation(ytel, {
	value: 'create',
	name: 'Create',
	action: 'Create a transfer preset',
	description: 'Offer a transfer destination to a group’s agents',
	method: 'POST',
	path: '/v4/preset/transfer',
	properties: [inBody(groupId), inBody(presetType), inBody(destination)],
});

const remove = defineOperation(ytel, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a transfer preset',
	description: 'Delete a transfer preset, named by its group, type and destination',
	method: 'DELETE',
	path: '/v4/preset/transfer/{groupId}/presetType/{presetType}/destination/{destination}',
	properties: [groupId, presetType, destination],
});

export const transferPreset: ResourceSpec = {
	name: 'Transfer Preset',
	value: 'transferPreset',
	description: 'Destinations offered to agents when they transfer a call',
	operations: [getAll, getAllOfGroup, create, remove],
	defaultOperation: getAll.spec.value,
};
