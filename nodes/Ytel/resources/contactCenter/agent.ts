import { defineOperation, type ResourceSpec } from '../../../shared/operations';
import { yccPagePaging, ytelYcc } from '../../shared/api';
import { jsonValueField, locatorToBody, locatorToQuery } from '../voiceRoutingKit';
import { agentGroupLocator, agentLocator, bodyText, bodyYesNo, ccListFields, requiredBodyText, settingsJson } from './kit';

/** Agents of the contact centre and their inbound queues; agent groups. */

const agentEmail = requiredBodyText('Agent Email', 'agentEmail', 'email', 'e.g. agent@example.com', { description: 'The agent, by the email of their login' });

const getAll = defineOperation(ytelYcc, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many agents',
	description: 'List the agents with their user IDs and names',
	method: 'GET',
	path: '/get-agent-list',
	output: 'list',
	properties: ccListFields('Ytel answers this list in one request'),
});

const get = defineOperation(ytelYcc, {
	value: 'get',
	name: 'Get',
	action: 'Get an agent',
	description: 'Get an agent’s details, caller IDs, groups and voicemail',
	method: 'GET',
	path: '/agent-details',
	properties: [locatorToQuery(agentLocator('agentId'), 'id')],
});

const clone = defineOperation(ytelYcc, {
	value: 'clone',
	name: 'Clone',
	action: 'Clone an agent',
	description: 'Create an agent with the settings of another one',
	method: 'POST',
	path: '/clone-agent-details',
	properties: [
		locatorToBody(agentLocator('fromAgent', 'From Agent', 'The agent whose settings to copy, by user ID'), 'from_agent'),
		requiredBodyText('New Agent ID', 'newAgent', 'new_agent', 'e.g. 5150', { description: 'The user ID of the new agent' }),
		requiredBodyText('Full Name', 'fullName', 'full_name', 'e.g. Nathan Smith'),
		requiredBodyText('Email', 'email', 'email', 'e.g. name@email.com', { description: 'The new agent’s login email' }),
		requiredBodyText('Password', 'agentPassword', 'pass', '', { typeOptions: { password: true }, description: 'The new agent’s password' }),
	],
});

const update = defineOperation(ytelYcc, {
	value: 'update',
	name: 'Update',
	action: 'Update an agent',
	description: 'Change an agent’s details; the fields added are sent',
	method: 'POST',
	path: '/update-agent-details',
	properties: [
		agentEmail,
		{
			displayName: 'Update Fields',
			name: 'agentUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				bodyText('Full Name', 'fullName', 'full_name', 'e.g. Nathan Smith'),
				bodyText('Agent ID', 'agentId', 'name', 'e.g. 1050', { description: 'The agent’s user ID' }),
				bodyText('Agent Group', 'userGroup', 'user_group', 'e.g. AGENTSGROUP'),
				bodyYesNo('Active', 'active', 'active', 'Whether the agent can log in'),
				bodyText('New Email', 'newEmail', 'new_email', 'e.g. name@email.com', { description: 'A new login email for the agent' }),
				bodyText('New Password', 'newPassword', 'pass', '', { typeOptions: { password: true } }),
				bodyText('Voicemail Box ID', 'voicemailId', 'voicemail_id', 'e.g. 9999'),
				bodyYesNo('Force Password Change', 'forceChangePassword', 'force_change_password', 'Whether the agent must change the password at the next login', 'N'),
				settingsJson('Agent Settings (JSON)', 'agentSettings', '{"agentcall_manual": "1", "custom_one": null}', 'Any other details Ytel accepts here', 'agentUpdateFields'),
			],
		},
	],
});

// Ytel reads an agent's inbound queues with a POST request: kept as Ytel documents it.
const getInboundQueues = defineOperation(ytelYcc, {
	value: 'getInboundQueues',
	name: 'Get Inbound Queues',
	action: 'Get the inbound queues of an agent',
	description: 'List the inbound queues an agent can take calls from, with rank, grade and daily limit (reads only)',
	method: 'POST',
	path: '/agent-inbound-groups',
	properties: [agentEmail],
});

const updateInboundQueues = defineOperation(ytelYcc, {
	value: 'updateInboundQueues',
	name: 'Update Inbound Queues',
	action: 'Update the inbound queues of an agent',
	description: 'Set an agent’s inbound queues, with rank, grade and daily limit',
	method: 'POST',
	path: '/update-agent-inbound-groups',
	properties: [
		agentEmail,
		jsonValueField(
			{
				displayName: 'Inbound Queues (JSON)',
				name: 'inboundQueues',
				required: true,
				description:
					'The queues as Get Inbound Queues lists them, a JSON array, e.g. [{"group_id_values": "AGENTDIRECT", "group_rank": 0, "group_grade": 1, "status": 1, "daily_limit": -1, "UpdateRow": 1}]',
			},
			'array',
			'inbound_array',
		),
	],
});

const remove = defineOperation(ytelYcc, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete an agent',
	description: 'Delete an agent',
	method: 'POST',
	path: '/delete-agent',
	properties: [locatorToQuery(agentLocator('agentId'), 'user_id')],
});

export const ccAgent: ResourceSpec = {
	name: 'Agent',
	value: 'yccAgent',
	description: 'Agents of the contact centre and their inbound queues',
	operations: [getAll, get, clone, update, getInboundQueues, updateInboundQueues, remove],
	defaultOperation: get.spec.value,
};

// ------------------------------------------------------------ agent groups


const getGroups = defineOperation(ytelYcc, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many agent groups',
	description: 'List the agent groups',
	method: 'GET',
	path: '/agentgroup-lists',
	output: 'list',
	paging: yccPagePaging,
	properties: ccListFields(),
});

const getGroup = defineOperation(ytelYcc, {
	value: 'get',
	name: 'Get',
	action: 'Get an agent group',
	description: 'Get an agent group’s settings and campaigns',
	method: 'GET',
	path: '/agent-group-edit',
	properties: [locatorToQuery(agentGroupLocator('groupId'), 'user_group')],
});

const updateGroup = defineOperation(ytelYcc, {
	value: 'update',
	name: 'Update',
	action: 'Update an agent group',
	description: 'Change an agent group’s settings',
	method: 'POST',
	path: '/agentgroup-edit',
	properties: [
		locatorToBody(agentGroupLocator('groupId'), 'user_group'),
		{
			displayName: 'Update Fields',
			name: 'groupUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				bodyText('Name', 'groupName', 'group_name', 'e.g. Sales team'),
				settingsJson(
					'Group Settings (JSON)',
					'groupSettings',
					'{"allowed_campaigns": ["-ALL-CAMPAIGNS-"], "agent_xfer_blind_transfer": "Y"}',
					'The other settings of the group (Get lists them)',
					'groupUpdateFields',
				),
			],
		},
	],
});

const cloneGroup = defineOperation(ytelYcc, {
	value: 'clone',
	name: 'Clone',
	action: 'Clone an agent group',
	description: 'Create an agent group with the settings of another one',
	method: 'POST',
	path: '/agentgroup-clone',
	properties: [
		locatorToBody(agentGroupLocator('fromGroupId', 'From Agent Group', 'The agent group whose settings to copy'), 'from_user_group'),
		requiredBodyText('New Agent Group ID', 'newGroupId', 'user_group', 'e.g. SALES2', { description: 'The ID of the new agent group' }),
	],
});

// Ytel documents the group to delete as `user_id` in the query; the body its collection shows is a copy of Clone's, so none is sent.
const removeGroup = defineOperation(ytelYcc, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete an agent group',
	description: 'Delete an agent group',
	method: 'POST',
	path: '/agentgroup-delete',
	properties: [locatorToQuery(agentGroupLocator('groupId'), 'user_id')],
});

export const ccAgentGroup: ResourceSpec = {
	name: 'Agent Group',
	value: 'agentGroup',
	description: 'Groups of agents and what they may do',
	operations: [getGroups, getGroup, updateGroup, cloneGroup, removeGroup],
	defaultOperation: getGroup.spec.value,
};
