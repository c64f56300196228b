import type { INodeProperties } from 'n8n-workflow';
import { defineOperation, type ResourceSpec } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { extraProperties, sendAs, wholeListFields } from '../campaignKit';
import { ivrLocator, jsonValueField, locatorToBody } from '../voiceRoutingKit';

/**
 * IVR menus. Their paths are `/ivr/…` on the API host, WITHOUT the `/v4` of the other voice
 * requests; the IVR is named in the path by its name (the collection hard-codes `my-ivr` there).
 * The collection's request bodies carry `accountSid: "<UUID>"`, a placeholder: the node does not
 * send it (Ytel knows the account from the token). No saved answers: the fields follow the requests.
 */

const CONFIGURATION = 'configurationOptions';
const OPTIONS = 'ivrOptions';

const configuration: INodeProperties = {
	displayName: 'Configuration',
	name: CONFIGURATION,
	type: 'collection',
	placeholder: 'Add Setting',
	default: {},
	description: 'Settings of the whole IVR',
	options: [
		sendAs({ displayName: 'Greeting', name: 'say', type: 'string', default: '', placeholder: 'e.g. Thanks for calling', description: 'Text spoken when the call reaches the IVR' }, `${CONFIGURATION}.say`),
		sendAs({ displayName: 'Greeting Audio URL', name: 'play', type: 'string', default: '', placeholder: 'e.g. https://example.com/greeting.mp3', description: 'Audio played instead of the spoken greeting' }, `${CONFIGURATION}.play`),
		sendAs({ displayName: 'Text-to-Speech Voice', name: 'ttsVoice', type: 'string', default: '', placeholder: 'e.g. en-au-premium-female-1' }, `${CONFIGURATION}.ttsVoice`),
		sendAs({ displayName: 'Max Attempts', name: 'maxAttempts', type: 'number', typeOptions: { minValue: 1 }, default: 3, description: 'How many times the caller may try' }, `${CONFIGURATION}.maxAttempts`),
		sendAs({ displayName: 'Timeout (Seconds)', name: 'timeout', type: 'number', typeOptions: { minValue: 1 }, default: 3, description: 'How long to wait for the caller’s keys' }, `${CONFIGURATION}.timeout`),
		sendAs({ displayName: 'Min Digits', name: 'minDigits', type: 'number', typeOptions: { minValue: 1 }, default: 1 }, `${CONFIGURATION}.minDigits`),
		sendAs({ displayName: 'Max Digits', name: 'maxDigits', type: 'number', typeOptions: { minValue: 1 }, default: 1 }, `${CONFIGURATION}.maxDigits`),
		sendAs({ displayName: 'Record Calls', name: 'recording', type: 'boolean', default: false, description: 'Whether the calls in the IVR are recorded' }, `${CONFIGURATION}.recording`),
		sendAs({ displayName: 'Description', name: 'description', type: 'string', default: '', placeholder: 'e.g. Main menu' }, `${CONFIGURATION}.description`),
	],
};

const menus = jsonValueField(
	{
		displayName: 'Menus (JSON)',
		name: 'menus',
		required: true,
		description:
			'The menus as a JSON array: each with menuId, say or play, entry (true for the first menu), and options of a dtmfKey with actions, e.g. [{"menuId": "Main", "say": "Press 1 for sales", "entry": true, "options": [{"dtmfKey": 1, "actions": [{"type": "say", "value": "Connecting"}]}]}]',
	},
	'array',
);

const ivrOptions: INodeProperties = {
	displayName: 'Options',
	name: OPTIONS,
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		sendAs({ displayName: 'Version', name: 'version', type: 'number', typeOptions: { minValue: 1 }, default: 1, description: 'The version of the IVR this is' }),
		extraProperties(OPTIONS, '{"configurationOptions": {"play": null}}'),
	],
};

const newIvrName: INodeProperties = {
	displayName: 'IVR Name',
	name: 'newIvrName',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. main-menu',
	description: 'The name of the new IVR (its key)',
	routing: { send: { type: 'body', property: 'ivrName' } },
};

const getAll = defineOperation(ytel, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many IVRs',
	description: 'List the IVR menus of the account',
	method: 'GET',
	path: '/ivr',
	output: 'list',
	properties: wholeListFields(),
});

const getArchived = defineOperation(ytel, {
	value: 'getArchived',
	name: 'Get Archived Versions',
	action: 'Get the archived versions of an IVR',
	description: 'List the earlier versions of an IVR (their reports refer to them)',
	method: 'GET',
	path: '/ivr/{ivrName}/archived',
	output: 'list',
	properties: [ivrLocator, ...wholeListFields()],
});

const create = defineOperation(ytel, {
	value: 'create',
	name: 'Create',
	action: 'Create an IVR',
	description: 'Add an IVR menu',
	method: 'POST',
	path: '/ivr',
	properties: [newIvrName, menus, configuration, ivrOptions],
});

const update = defineOperation(ytel, {
	value: 'update',
	name: 'Update',
	action: 'Update an IVR',
	description: 'Replace the menus and settings of an IVR',
	method: 'PUT',
	path: '/ivr/{ivrName}',
	// The body names the IVR too, as the request does.
	properties: [locatorToBody(ivrLocator, 'ivrName'), menus, configuration, ivrOptions],
});

const remove = defineOperation(ytel, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete an IVR',
	description: 'Delete an IVR menu',
	method: 'DELETE',
	path: '/ivr/{ivrName}',
	properties: [ivrLocator],
});

export const ivr: ResourceSpec = {
	name: 'IVR',
	value: 'ivr',
	description: 'Phone menus callers answer with their keypad',
	operations: [getAll, getArchived, create, update, remove],
	defaultOperation: getAll.spec.value,
};
