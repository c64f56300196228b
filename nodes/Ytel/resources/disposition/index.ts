import type { INodeProperties } from 'n8n-workflow';
import { locatorField } from '../../../shared/fields';
import { defineOperation, type ResourceSpec } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { extraProperties, sendAs, wholeListFields } from '../campaignKit';
import { dispositionLocator, locatorToBody, textListField } from '../voiceRoutingKit';

/**
 * Dispositions: the outcomes agents give calls (e.g. "Major Sale"), each known by its key; one
 * can start a campaign for the contact. Ytel's default dispositions take only a triggered campaign.
 * The collection has no saved answers here: the fields follow its requests.
 */

const FIELDS = 'dispositionFields';

const dispositionFields: INodeProperties = {
	displayName: 'Disposition Fields',
	name: FIELDS,
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	options: [
		sendAs({ displayName: 'Description', name: 'description', type: 'string', default: '', placeholder: 'e.g. Major Sale', description: 'The name agents see' }),
		textListField({ displayName: 'Tags', name: 'tags', placeholder: 'e.g. human, sale', description: 'Tags of the disposition, separated by commas' }, 'tags', FIELDS),
		sendAs({
			displayName: 'Direction',
			name: 'direction',
			type: 'options',
			options: [
				{ name: 'Both', value: 'both' },
				{ name: 'Inbound', value: 'inbound' },
				{ name: 'Outbound', value: 'outbound' },
			],
			default: 'both',
			description: 'The calls the disposition is offered for',
		}),
		extraProperties(FIELDS, '{"tags": ["human"]}'),
	],
};

const triggeredCampaign = locatorToBody(
	locatorField({
		displayName: 'Triggered Campaign',
		name: 'triggeredCampaignId',
		noun: 'campaign',
		searchListMethod: 'searchCampaigns',
		idPlaceholder: 'e.g. c0b13242-777d-4e89-b9b2-fb5c14a1bbcf',
		required: false,
		description: 'A campaign sent to the contact when a call gets this disposition',
	}),
	'triggeredCampaignId',
);

const newKey: INodeProperties = {
	displayName: 'Key',
	name: 'key',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. major_sale',
	description: 'The key of the new disposition',
	routing: { send: { type: 'body', property: 'key' } },
};

const getAll = defineOperation(ytel, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many dispositions',
	description: 'List the dispositions of the account, Ytel’s defaults included',
	method: 'GET',
	path: '/v4/disposition',
	output: 'list',
	properties: wholeListFields(),
});

const create = defineOperation(ytel, {
	value: 'create',
	name: 'Create',
	action: 'Create a disposition',
	description: 'Add a call outcome agents can pick',
	method: 'POST',
	path: '/v4/disposition',
	properties: [newKey, dispositionFields, triggeredCampaign],
});

const update = defineOperation(ytel, {
	value: 'update',
	name: 'Update',
	action: 'Update a disposition',
	description: 'Change a disposition; only the fields added are sent (a default disposition takes only a triggered campaign)',
	method: 'PUT',
	path: '/v4/disposition/{dispositionKey}',
	// The body names the disposition by its key too, as the request does.
	properties: [locatorToBody(dispositionLocator, 'key'), dispositionFields, triggeredCampaign],
});

const remove = defineOperation(ytel, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a disposition',
	description: 'Delete a disposition',
	method: 'DELETE',
	path: '/v4/disposition/{dispositionKey}',
	properties: [dispositionLocator],
});

export const disposition: ResourceSpec = {
	name: 'Disposition',
	value: 'disposition',
	description: 'Outcomes agents give calls',
	operations: [getAll, create, update, remove],
	defaultOperation: getAll.spec.value,
};
