import type { INodeProperties } from 'n8n-workflow';
import { keyValueBodyField } from '../../../shared/fields';
import { defineOperation, type ResourceSpec } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { contactLocator } from '../common';
import { extraProperties, sendAs, wholeListFields } from '../campaignKit';
import { jsonValueField, locatorToBody, locatorToQuery, scriptLocator } from '../voiceRoutingKit';

/**
 * Call scripts: questions agents ask, their answers saved to the contact. Managing them
 * (`/v4/scriptadmin`) needs Ytel's script-admin permission; running one for a contact is
 * `/v4/script/{scriptId}`: GET fills it with the contact's data, POST submits the answers (the
 * collection calls that request "Get Script for Contact Copy").
 * The collection has no saved answers here: the fields follow its requests.
 */

const OPTIONS = 'scriptOptions';

const name: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. My First Script',
	description: 'The name of the script',
	routing: { send: { type: 'body', property: 'name' } },
};

const questions = jsonValueField(
	{
		displayName: 'Questions (JSON)',
		name: 'questions',
		required: true,
		description:
			'The questions as a JSON array: each with question, and optionally context, type (string, integer, …), variableName, save and filters, e.g. [{"question": "What is your first name?", "type": "string", "variableName": "first_name", "save": true}]',
	},
	'array',
);

const scriptOptions: INodeProperties = {
	displayName: 'Options',
	name: OPTIONS,
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		sendAs({ displayName: 'External URL', name: 'externalURL', type: 'string', default: '', placeholder: 'e.g. https://example.com/script', description: 'A page shown to the agent with the script' }),
		extraProperties(OPTIONS, '{"externalURL": null}'),
	],
};

const getAll = defineOperation(ytel, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many scripts',
	description: 'List the call scripts (needs the script-admin permission)',
	method: 'GET',
	path: '/v4/scriptadmin',
	output: 'list',
	properties: wholeListFields(),
});

const get = defineOperation(ytel, {
	value: 'get',
	name: 'Get',
	action: 'Get a script',
	description: 'Get a call script by its ID (needs the script-admin permission)',
	method: 'GET',
	path: '/v4/scriptadmin/{scriptId}',
	properties: [scriptLocator],
});

const create = defineOperation(ytel, {
	value: 'create',
	name: 'Create',
	action: 'Create a script',
	description: 'Add a call script (needs the script-admin permission)',
	method: 'POST',
	path: '/v4/scriptadmin',
	properties: [name, questions, scriptOptions],
});

const update = defineOperation(ytel, {
	value: 'update',
	name: 'Update',
	action: 'Update a script',
	description: 'Replace the name and questions of a call script (needs the script-admin permission)',
	method: 'PUT',
	path: '/v4/scriptadmin/{scriptId}',
	properties: [scriptLocator, name, questions, scriptOptions],
});

const remove = defineOperation(ytel, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a script',
	description: 'Delete a call script (needs the script-admin permission)',
	method: 'DELETE',
	path: '/v4/scriptadmin/{scriptId}',
	properties: [scriptLocator],
});

const getForContact = defineOperation(ytel, {
	value: 'getForContact',
	name: 'Get for Contact',
	action: 'Get a script filled in for a contact',
	description: 'Get a script to run with a contact, its data filled in',
	method: 'GET',
	path: '/v4/script/{scriptId}',
	properties: [scriptLocator, locatorToQuery(contactLocator(), 'contactId')],
});

const submitAnswers = defineOperation(ytel, {
	value: 'submitAnswers',
	name: 'Submit Answers',
	action: 'Submit the answers to a script',
	description: 'Run a script for a contact with the answers given; answers to questions marked save are saved to the contact',
	method: 'POST',
	path: '/v4/script/{scriptId}',
	properties: [
		scriptLocator,
		locatorToBody(contactLocator(), 'contactId'),
		keyValueBodyField({
			displayName: 'Answers',
			name: 'responses',
			target: 'responses',
			description: 'Each answer by the variable name of its question',
			namePlaceholder: 'e.g. first_name',
			valuePlaceholder: 'e.g. John',
		}),
	],
});

export const script: ResourceSpec = {
	name: 'Script',
	value: 'script',
	description: 'Call scripts agents follow, and the answers they collect',
	operations: [getAll, get, create, update, remove, getForContact, submitAnswers],
	defaultOperation: getAll.spec.value,
};
