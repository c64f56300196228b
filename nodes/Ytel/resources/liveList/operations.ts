import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { wholeListFields } from '../campaignKit';
import { requiredText } from '../common';
import { liveListLocator, userIds } from './shared';

/** Get User Live Lists and Get All Live Lists are one request (`GET /v4/livelist`): Ytel answers by the user's role. */
export const getAll = defineOperation(ytel, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many live lists',
	description: 'List the live lists you can use; an account owner or settings admin gets every list with its users',
	method: 'GET',
	path: '/v4/livelist',
	output: 'list',
	properties: wholeListFields(),
});

export const create = defineOperation(ytel, {
	value: 'create',
	name: 'Create',
	action: 'Create a live list',
	description: 'Create a live list and give users access to it (account owners and settings admins)',
	method: 'POST',
	path: '/v4/livelist',
	properties: [requiredText('Name', 'newListName', 'e.g. hot_leads', { description: 'The new list’s name' }, 'listName'), userIds(false)],
});

export const update = defineOperation(ytel, {
	value: 'update',
	name: 'Update Users',
	action: 'Set the users of a live list',
	description: 'Replace the users who may use a live list (account owners and settings admins)',
	method: 'PUT',
	path: '/v4/livelist/{listName}',
	properties: [liveListLocator, userIds(true)],
});

export const remove = defineOperation(ytel, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a live list',
	description: 'Delete a live list (account owners and settings admins)',
	method: 'DELETE',
	path: '/v4/livelist/{listName}',
	properties: [liveListLocator],
});

export const preview = defineOperation(ytel, {
	value: 'preview',
	name: 'Preview Queue',
	action: 'Preview the contacts queued in a live list',
	description: 'Get the first contacts waiting in a live list without taking them (some may have expired)',
	method: 'GET',
	path: '/v4/livelist/queue/{listName}',
	properties: [
		liveListLocator,
		{
			displayName: 'Number of Contacts',
			name: 'size',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 1,
			description: 'How many contacts from the front of the queue',
			routing: { send: { type: 'query', property: 'size' } },
		},
	],
});

export const takeNext = defineOperation(ytel, {
	value: 'takeNext',
	name: 'Take Next Contact',
	action: 'Take the next contact of a live list',
	description: 'Get the next contact that has not expired and remove it (and the expired ones before it) from the queue; fails when the queue is empty',
	method: 'POST',
	path: '/v4/livelist/queue/{listName}',
	properties: [liveListLocator],
});

export const removeNext = defineOperation(ytel, {
	value: 'removeNext',
	name: 'Remove Next Contact',
	action: 'Remove the next contact of a live list',
	description: 'Remove the next contact that has not expired (and the expired ones before it) without returning it; fails when the queue is empty',
	method: 'DELETE',
	path: '/v4/livelist/queue/{listName}',
	properties: [liveListLocator],
});
