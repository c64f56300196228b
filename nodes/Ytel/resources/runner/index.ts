import { defineOperation, type ResourceSpec } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { campaignLocator, contactsOneOf, runnerContactIds, runnerLocator, runnerStatements, wholeListFields } from '../campaignKit';
import { runnerAdditionalFields, runnerName, runnerUpdateFields } from './runnerFields';

/** Runners send a campaign's workflow to a group of contacts, on a period or one contact at a time (manual). */

const create = defineOperation(ytel, {
	value: 'create',
	name: 'Create',
	action: 'Create a runner',
	description: 'Add a runner that sends the campaign to contacts listed by ID or found by statements',
	method: 'POST',
	path: '/v4/campaign/{campaignId}/batch',
	properties: [campaignLocator, runnerName, runnerContactIds, runnerStatements, runnerAdditionalFields],
	validate: contactsOneOf(true),
});

const update = defineOperation(ytel, {
	value: 'update',
	name: 'Update',
	action: 'Update a runner',
	description: 'Rename a runner, change its contacts or its period',
	method: 'PUT',
	path: '/v4/campaign/{campaignId}/batch/{batchId}',
	properties: [campaignLocator, runnerLocator, runnerContactIds, runnerStatements, runnerUpdateFields],
	validate: contactsOneOf(false),
});

const getAll = defineOperation(ytel, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many runners',
	description: 'List the runners of every campaign',
	method: 'GET',
	path: '/v4/campaign/batch',
	output: 'list',
	properties: wholeListFields(),
});

const getAllOfCampaign = defineOperation(ytel, {
	value: 'getAllOfCampaign',
	name: 'Get Many of Campaign',
	action: 'Get many runners of a campaign',
	description: 'List the runners of one campaign',
	method: 'GET',
	path: '/v4/campaign/{campaignId}/batch',
	output: 'list',
	properties: [campaignLocator, ...wholeListFields()],
});

const get = defineOperation(ytel, {
	value: 'get',
	name: 'Get',
	action: 'Get a runner',
	description: 'Get a runner with its status and its counts of contacts started and queued',
	method: 'GET',
	path: '/v4/campaign/{campaignId}/batch/{batchId}',
	properties: [campaignLocator, runnerLocator],
});

const start = defineOperation(ytel, {
	value: 'start',
	name: 'Start',
	action: 'Start a runner',
	description: 'Start (or resume) a runner; a manual runner then waits for Send Next',
	method: 'POST',
	path: '/v4/campaign/{campaignId}/batch/{batchId}/start',
	properties: [campaignLocator, runnerLocator],
});

const stop = defineOperation(ytel, {
	value: 'stop',
	name: 'Stop',
	action: 'Stop a runner',
	description: 'Stop a runner: it sends to no further contact',
	method: 'POST',
	path: '/v4/campaign/{campaignId}/batch/{batchId}/stop',
	properties: [campaignLocator, runnerLocator],
});

const getNext = defineOperation(ytel, {
	value: 'getNext',
	name: 'Get Next Contact',
	action: 'Get the next contact of a manual runner',
	description: 'Get the contact a manual runner sends to on the next Send Next (nothing when none is left)',
	method: 'GET',
	path: '/v4/campaign/{campaignId}/batch/{batchId}/next',
	properties: [campaignLocator, runnerLocator],
});

const sendNext = defineOperation(ytel, {
	value: 'sendNext',
	name: 'Send Next',
	action: 'Send a manual runner to its next contact',
	description: 'Send the campaign to the next contact of a manual runner (Period 0)',
	method: 'POST',
	path: '/v4/campaign/{campaignId}/batch/{batchId}/next',
	properties: [campaignLocator, runnerLocator],
});

export const runner: ResourceSpec = {
	name: 'Runner',
	value: 'runner',
	description: 'Runners that send a campaign to a group of contacts',
	operations: [getAll, getAllOfCampaign, get, create, update, start, stop, getNext, sendNext],
	defaultOperation: getAll.spec.value,
};
