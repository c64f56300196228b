import type { INodeProperties } from 'n8n-workflow';
import { parseJsonObject } from '../../../shared/fields';
import { defineOperation, type ResourceSpec } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { campaignLocator, computedBodyField, extraProperties, refuse } from '../campaignKit';

/** A campaign's workflow: one per campaign; every save makes a new version. */

const WORKFLOW_EXAMPLE = '{"schemaVersion":1,"startNode":1,"nodes":[{"id":1,"type":"smsSend","smsTemplateId":"34ad8f70-3a5d-11e9-8399-fb8e8d19e153"}]}';

/** Ytel takes the workflow as JSON text inside the body: checked here, sent compact. */
const workflowDefinition = computedBodyField(
	{
		displayName: 'Workflow (JSON)',
		name: 'workflow',
		type: 'json',
		default: '',
		required: true,
		placeholder: WORKFLOW_EXAMPLE,
		description: 'The workflow as Ytel defines it: schemaVersion, startNode and its nodes (as Get answers it)',
	},
	'workflow',
	function (value, label) {
		const definition = parseJsonObject(this, label, value);
		if (!definition) refuse(this, `"${label}" is required`, `Enter the workflow as JSON, e.g. ${WORKFLOW_EXAMPLE}`);
		return JSON.stringify(definition);
	},
);

const options: INodeProperties = {
	displayName: 'Options',
	name: 'workflowOptions',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [extraProperties('workflowOptions', '{"workflow": "…"}')],
};

const get = defineOperation(ytel, {
	value: 'get',
	name: 'Get',
	action: 'Get the workflow of a campaign',
	description: 'Get the current version of the workflow of a campaign',
	method: 'GET',
	path: '/v4/campaign/{campaignId}/workflow',
	properties: [campaignLocator],
});

const create = defineOperation(ytel, {
	value: 'create',
	name: 'Create',
	action: 'Create the workflow of a campaign',
	description: 'Give a campaign its workflow',
	method: 'POST',
	path: '/v4/campaign/{campaignId}/workflow',
	properties: [campaignLocator, workflowDefinition, options],
});

const update = defineOperation(ytel, {
	value: 'update',
	name: 'Update',
	action: 'Update the workflow of a campaign',
	description: 'Save a new version of the workflow of a campaign',
	method: 'PUT',
	path: '/v4/campaign/{campaignId}/workflow',
	properties: [campaignLocator, workflowDefinition, options],
});

export const workflow: ResourceSpec = {
	name: 'Workflow',
	value: 'workflow',
	description: 'The workflow of a campaign: the steps it runs for each contact',
	operations: [get, create, update],
	defaultOperation: get.spec.value,
};
