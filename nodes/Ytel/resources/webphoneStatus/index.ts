import type { ResourceSpec } from '../../../shared/operations';
import { defineOperation } from '../../../shared/operations';
import { bodyField } from '../../../shared/fields';
import { ytelAdmin } from '../../shared/api';
import { listFields } from '../common';
import { userLocator } from '../user/shared';

// Ytel spells the path segment `webtrc`.

const STATUSES = [
	{ name: 'Available', value: 'available' },
	{ name: 'Unavailable', value: 'unavailable' },
];

const get = defineOperation(ytelAdmin, {
	value: 'get',
	name: 'Get',
	action: 'Get a user’s webphone status',
	description: 'Get a user’s webphone (WebRTC) status: available or not, the call or conference they are in, their number',
	method: 'GET',
	path: '/ams/v3/users/webtrc/{clientId}',
	properties: [userLocator()],
});

/**
 * Ytel's documentation sends the status filter as a body on a GET, which n8n (like most HTTP
 * clients) never sends: the filter goes as the query parameter `status`.
 */
const getAll = defineOperation(ytelAdmin, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many webphone statuses',
	description: 'List the webphone (WebRTC) status of every webphone user, or of those with one status',
	method: 'GET',
	path: '/ams/v3/users/webtrc/list',
	output: 'list',
	properties: [
		...listFields,
		{
			displayName: 'Filters',
			name: 'webphoneFilters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					options: STATUSES,
					default: 'available',
					description: 'Only users with this status',
					routing: { send: { type: 'query', property: 'status' } },
				},
			],
		},
	],
});

const update = defineOperation(ytelAdmin, {
	value: 'update',
	name: 'Update',
	action: 'Set a user’s webphone status',
	description: 'Make a user’s webphone available or unavailable for calls',
	method: 'PUT',
	path: '/ams/v3/users/webtrc/{clientId}',
	properties: [userLocator(), bodyField({ displayName: 'Status', name: 'status', type: 'options', options: STATUSES, default: 'available' }, 'status')],
});

export const webphoneStatus: ResourceSpec = {
	name: 'Webphone Status',
	value: 'webphoneStatus',
	operations: [get, getAll, update],
	defaultOperation: 'get',
};
