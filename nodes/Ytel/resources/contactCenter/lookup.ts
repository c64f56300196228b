import type { INodeProperties } from 'n8n-workflow';
import { defineOperation, type ResourceSpec } from '../../../shared/operations';
import { ytelYcc } from '../../shared/api';
import { computedBodyField, refuse } from '../campaignKit';

/** Ytel's global lookup: several lists of the contact centre in one request. */

const LISTS = [
	{ name: 'Agent Groups', value: 'agentgroup' },
	{ name: 'Agents', value: 'agent' },
	{ name: 'Call Menus', value: 'callmenu' },
	{ name: 'Campaigns', value: 'cam' },
	{ name: 'Inbound Queues', value: 'inboundgroupoption' },
	{ name: 'Voicemail Boxes', value: 'voicemail' },
];

const lists: INodeProperties = computedBodyField(
	{
		displayName: 'Lists',
		name: 'lists',
		type: 'multiOptions',
		options: LISTS,
		default: ['cam', 'agent'],
		required: true,
		description: 'The lists to return, in one answer',
	},
	'case',
	function (value, label) {
		const chosen = Array.isArray(value) ? value.map(String) : [];
		if (!chosen.length) refuse(this, `"${label}": choose at least one list`, 'Nothing was sent to Ytel.');
		return chosen;
	},
);

const getLists = defineOperation(ytelYcc, {
	value: 'getLists',
	name: 'Get Lists',
	action: 'Get lists of the contact centre',
	description: 'Get the campaigns, agents, agent groups, voicemail boxes, inbound queues or call menus, several in one request',
	method: 'POST',
	path: '/global-api',
	properties: [lists],
});

export const ccLookup: ResourceSpec = {
	name: 'Lookup',
	value: 'lookup',
	description: 'Several lists of the contact centre in one request',
	operations: [getLists],
	defaultOperation: getLists.spec.value,
};
