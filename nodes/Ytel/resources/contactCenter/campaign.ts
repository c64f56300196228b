import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { defineOperation, type ResourceSpec } from '../../../shared/operations';
import { yccPagePaging, ytelYcc } from '../../shared/api';
import { computedBodyField, readTextList, refuse } from '../campaignKit';
import { locatorToBody, locatorToQuery } from '../voiceRoutingKit';
import { bodyText, campaignLocator, ccListFields, requiredBodyText, requiredQueryText } from './kit';

/** Dialer campaigns and their list mixes (which lead lists a campaign dials, in which share, for which statuses). */

const campaignIdQuery = locatorToQuery(campaignLocator, 'campaign_id');
const campaignIdBody = locatorToBody(campaignLocator, 'campaign_id');
const mixIdBody = requiredBodyText('List Mix ID', 'listMixId', 'vcl_id', 'e.g. EVENING_MIX', { description: 'The list mix, by its ID' });

const getAll = defineOperation(ytelYcc, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many campaigns',
	description: 'List the dialer campaigns with the IDs of their list mixes',
	method: 'GET',
	path: '/campaign-list-mix',
	output: 'list',
	paging: yccPagePaging,
	properties: ccListFields(),
});

const getStatuses = defineOperation(ytelYcc, {
	value: 'getStatuses',
	name: 'Get Statuses',
	action: 'Get the dial statuses of a campaign',
	description: 'List the call statuses a campaign can dial, e.g. to choose the statuses of a list mix',
	method: 'GET',
	path: '/campaign-mix-options-lists',
	properties: [campaignIdQuery],
});

export const ccCampaign: ResourceSpec = {
	name: 'Campaign',
	value: 'yccCampaign',
	description: 'Dialer campaigns of the contact centre',
	operations: [getAll, getStatuses],
	defaultOperation: getAll.spec.value,
};

// ------------------------------------------------------------ list mixes

const getMixes = defineOperation(ytelYcc, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get the list mixes of a campaign',
	description: 'List the list mixes of a campaign, with the statuses and lists it can use',
	method: 'GET',
	path: '/campaign-mix-options-edit',
	properties: [campaignIdQuery],
});

const getMix = defineOperation(ytelYcc, {
	value: 'get',
	name: 'Get',
	action: 'Get a list mix',
	description: 'Get a list mix with its lists, shares and statuses',
	method: 'GET',
	path: '/campaign-mix-options-lists-edit',
	properties: [requiredQueryText('List Mix ID', 'listMixId', 'list_mix_id', 'e.g. EVENING_MIX', 'The list mix, by its ID')],
});

const activate = defineOperation(ytelYcc, {
	value: 'activate',
	name: 'Activate',
	action: 'Activate a list mix',
	description: 'Make a list mix the one its campaign dials',
	method: 'POST',
	path: '/active-campaign-mix-lists',
	properties: [campaignIdBody, mixIdBody],
});

const statusesField = (name: string, bodyKey: string): INodeProperties =>
	computedBodyField(
		{
			displayName: 'Dial Statuses',
			name,
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. A, ADAIR',
			description: 'The call statuses to dial, separated by commas (Get Statuses of the campaign lists them)',
		},
		bodyKey,
		function (value, label) {
			const statuses = readTextList(value);
			if (!statuses?.length) refuse(this, `"${label}" is required`, 'Enter at least one status. Nothing was sent to Ytel.');
			return statuses;
		},
	);

const create = defineOperation(ytelYcc, {
	value: 'create',
	name: 'Create',
	action: 'Create a list mix',
	description: 'Add a list mix to a campaign, starting with one lead list',
	method: 'POST',
	path: '/create-campaign-list-mix',
	properties: [
		campaignIdBody,
		mixIdBody,
		requiredBodyText('List Mix Name', 'listMixName', 'vcl_name', 'e.g. Evening mix'),
		requiredBodyText('List ID', 'listId', 'list_id', 'e.g. 1000', { description: 'The first lead list of the mix' }),
		statusesField('dialStatuses', 'dial_status'),
	],
});

/** One entry of Lists: `{list_id, mix_percentage, statuses}`, checked before anything is sent. */
const mixLists = computedBodyField(
	{
		displayName: 'Lists',
		name: 'mixLists',
		type: 'fixedCollection',
		placeholder: 'Add List',
		typeOptions: { multipleValues: true },
		default: {},
		required: true,
		description: 'Every lead list of the mix with its share of the calls and the statuses to dial; the shares must total 100',
		options: [
			{
				displayName: 'List',
				name: 'entry',
				values: [
					{ displayName: 'List ID', name: 'listId', type: 'number', default: 0, placeholder: 'e.g. 1000' },
					{ displayName: 'Mix Percentage', name: 'mixPercentage', type: 'number', typeOptions: { minValue: 0, maxValue: 100 }, default: 100 },
					{ displayName: 'Statuses', name: 'statuses', type: 'string', default: '', placeholder: 'e.g. XDROP, ADC', description: 'Statuses separated by commas' },
				],
			},
		],
	},
	'vcl_lists',
	function (value) {
		const entries = (((value ?? {}) as IDataObject).entry ?? []) as IDataObject[];
		if (!entries.length) refuse(this, 'Add at least one entry to "Lists"', 'A list mix needs at least one lead list. Nothing was sent to Ytel.');
		const lists = entries.map((entry, index) => {
			const listId = Number(entry.listId);
			if (!Number.isInteger(listId) || listId <= 0) refuse(this, `List ${index + 1}: "List ID" must be a whole number above 0`);
			const statuses = readTextList(entry.statuses);
			if (!statuses?.length) refuse(this, `List ${index + 1}: "Statuses" needs at least one status`);
			return { list_id: listId, mix_percentage: Number(entry.mixPercentage), statuses };
		});
		const total = lists.reduce((sum, list) => sum + list.mix_percentage, 0);
		if (total !== 100) refuse(this, `The mix percentages of "Lists" must total 100 (they total ${total})`, 'Nothing was sent to Ytel.');
		return lists;
	},
);

const update = defineOperation(ytelYcc, {
	value: 'update',
	name: 'Update',
	action: 'Update a list mix',
	description: 'Replace the lists of a list mix, with their shares and statuses',
	method: 'POST',
	path: '/update-campaign-list-mix',
	properties: [campaignIdBody, mixIdBody, bodyText('List Mix Name', 'listMixName', 'vcl_name', 'e.g. Evening mix'), mixLists],
});

const remove = defineOperation(ytelYcc, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a list mix',
	description: 'Delete a list mix of a campaign',
	method: 'POST',
	path: '/campaign-mix-options-delete',
	properties: [campaignIdBody, mixIdBody],
});

export const ccListMix: ResourceSpec = {
	name: 'List Mix',
	value: 'listMix',
	description: 'Which lead lists a campaign dials, in which share, for which statuses',
	operations: [getMixes, getMix, create, update, activate, remove],
	defaultOperation: getMixes.spec.value,
};
