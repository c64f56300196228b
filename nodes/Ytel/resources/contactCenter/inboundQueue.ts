import { defineOperation, type ResourceSpec } from '../../../shared/operations';
import { yccLimitOnly, ytelYcc } from '../../shared/api';
import { locatorToBody, locatorToQuery } from '../voiceRoutingKit';
import { bodyText, bodyYesNo, ccListFields, inboundQueueLocator, requiredBodyText, settingsJson } from './kit';

/** Inbound queues (in-groups): where inbound calls wait for agents. */


const get = defineOperation(ytelYcc, {
	value: 'get',
	name: 'Get',
	action: 'Get an inbound queue',
	description: 'Get all settings of an inbound queue',
	method: 'GET',
	path: '/inbound-queue/details/{groupId}',
	properties: [inboundQueueLocator('groupId')],
});

const getAll = defineOperation(ytelYcc, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many inbound queues',
	description: 'List the inbound queues',
	method: 'GET',
	path: '/inbound-queue',
	output: 'list',
	paging: yccLimitOnly,
	properties: ccListFields('Ytel answers this list in one request of up to 10,000 queues'),
});

const clone = defineOperation(ytelYcc, {
	value: 'clone',
	name: 'Clone',
	action: 'Clone an inbound queue',
	description: 'Create an inbound queue with the settings of another one',
	method: 'POST',
	path: '/inbound-queue-clone',
	properties: [
		locatorToBody(inboundQueueLocator('fromQueueId', 'From Inbound Queue', 'The inbound queue whose settings to copy'), 'from_inbound_id'),
		requiredBodyText('New Queue ID', 'newQueueId', 'group_id', 'e.g. SUPPORT2', { description: 'The ID of the new inbound queue' }),
		requiredBodyText('New Queue Name', 'newQueueName', 'group_name', 'e.g. Support 2'),
	],
});

const update = defineOperation(ytelYcc, {
	value: 'update',
	name: 'Update',
	action: 'Update an inbound queue',
	description: 'Change the settings of an inbound queue',
	method: 'POST',
	path: '/inbound-queue/update',
	properties: [
		locatorToBody(inboundQueueLocator('queueId'), 'group_id'),
		{
			displayName: 'Update Fields',
			name: 'queueUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				bodyText('Name', 'groupName', 'group_name', 'e.g. Support'),
				bodyText('Color', 'groupColor', 'group_color', 'e.g. #1A73E8'),
				bodyYesNo('Active', 'active', 'active', 'Whether the queue takes calls'),
				settingsJson(
					'Queue Settings (JSON)',
					'queueSettings',
					'{"next_agent_call": "random", "drop_call_seconds": 360, "call_time_id": "24hours"}',
					'The other settings of the queue (Get lists them all)',
					'queueUpdateFields',
				),
			],
		},
	],
});

// Ytel deletes an inbound queue with a GET request: kept as Ytel documents it.
const remove = defineOperation(ytelYcc, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete an inbound queue',
	description: 'Delete an inbound queue',
	method: 'GET',
	path: '/inbound-queue/delete',
	properties: [locatorToQuery(inboundQueueLocator('queueId'), 'group_id')],
});

export const ccInboundQueue: ResourceSpec = {
	name: 'Inbound Queue',
	value: 'inboundQueue',
	description: 'Queues where inbound calls wait for agents (in-groups)',
	operations: [get, getAll, clone, update, remove],
	defaultOperation: get.spec.value,
};
