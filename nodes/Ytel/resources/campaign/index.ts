import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { readDate } from '../../../shared/fields';
import { defineOperation, type ResourceSpec } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { campaignLocator, refuse, wholeListFields } from '../campaignKit';
import { campaignAdditionalFields, campaignName, campaignUpdateFields } from './campaignFields';
import { sendCampaign } from './send';

const getAll = defineOperation(ytel, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many campaigns',
	description: 'List the campaigns of the account (archived ones are left out)',
	method: 'GET',
	path: '/v4/campaign',
	output: 'list',
	properties: wholeListFields(),
});

const get = defineOperation(ytel, {
	value: 'get',
	name: 'Get',
	action: 'Get a campaign',
	description: 'Get one campaign with its counts of sends, clicks, replies and opt-outs',
	method: 'GET',
	path: '/v4/campaign/{campaignId}',
	properties: [campaignLocator],
});

const create = defineOperation(ytel, {
	value: 'create',
	name: 'Create',
	action: 'Create a campaign',
	description: 'Add a campaign; its workflow says what it sends',
	method: 'POST',
	path: '/v4/campaign',
	properties: [campaignName(true), campaignAdditionalFields],
});

const update = defineOperation(ytel, {
	value: 'update',
	name: 'Update',
	action: 'Update a campaign',
	description: 'Change the name, number set or quiet hours of a campaign',
	method: 'PUT',
	path: '/v4/campaign/{campaignId}',
	properties: [campaignLocator, campaignUpdateFields],
});

const archive = defineOperation(ytel, {
	value: 'archive',
	name: 'Archive',
	action: 'Archive a campaign',
	description: 'Archive a campaign: it no longer sends and leaves the campaign list',
	method: 'DELETE',
	path: '/v4/campaign/{campaignId}',
	properties: [campaignLocator],
});

const unarchive = defineOperation(ytel, {
	value: 'unarchive',
	name: 'Unarchive',
	action: 'Unarchive a campaign',
	description: 'Bring an archived campaign back',
	method: 'PUT',
	path: '/v4/campaign/{campaignId}/unarchive',
	properties: [campaignLocator],
});

/** A day of the report window, sent as YYYY-MM-DD (UTC). */
function reportDay(name: 'startDate' | 'endDate', displayName: string, description: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'dateTime',
		default: '',
		required: true,
		description: `${description} (a day, YYYY-MM-DD)`,
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
						const day = readDate(this, displayName, this.getNodeParameter(name, ''), 'yyyy-MM-dd', 'UTC');
						if (day === undefined) refuse(this, `"${displayName}" is required`, `Enter a value for "${displayName}".`);
						requestOptions.qs = { ...requestOptions.qs, [name]: day };
						return requestOptions;
					},
				],
			},
		},
	};
}

const getReport = defineOperation(ytel, {
	value: 'getReport',
	name: 'Get Report',
	action: 'Get the campaign report',
	description: 'Sends, clicks, replies, opt-outs and cost of the campaigns over a window of days',
	method: 'GET',
	path: '/v4/campaign/report',
	output: 'list',
	properties: [
		reportDay('startDate', 'Start Date', 'First day of the report'),
		reportDay('endDate', 'End Date', 'The day after the last day of the report'),
		{
			displayName: 'Group By',
			name: 'grouping',
			type: 'multiOptions',
			default: ['date'],
			options: [
				{ name: 'Campaign', value: 'campaign' },
				{ name: 'Date', value: 'date' },
				{ name: 'Template', value: 'template' },
			],
			description: 'One row of the report per value of these, together',
			routing: {
				send: {
					type: 'query',
					property: 'grouping',
					propertyInDotNotation: false,
					value: '={{ Array.isArray($value) && $value.length ? $value.join(",") : undefined }}',
				},
			},
		},
		...wholeListFields(),
	],
});

export const campaign: ResourceSpec = {
	name: 'Campaign',
	value: 'campaign',
	description: 'Campaigns that send their workflow to contacts',
	operations: [getAll, get, create, update, sendCampaign, archive, unarchive, getReport],
	defaultOperation: getAll.spec.value,
};
