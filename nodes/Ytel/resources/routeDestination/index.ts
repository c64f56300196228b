import type { INodeProperties } from 'n8n-workflow';
import { defineOperation, type ResourceSpec } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { extraProperties, sendAs, wholeListFields } from '../campaignKit';
import { locatorToBody, routeTagLocator, textListField } from '../voiceRoutingKit';

/**
 * Route destinations: where the inbound messages or calls of a route tag go (an inbox, a call
 * relay number, call XML, …). A destination is known by four values: its route tag, source type,
 * destination and destination type; Get reads them from the path, Update and Delete from the body.
 * The collection has no saved answers here: the fields follow its requests.
 */

const FIELDS = 'routeDestinationFields';

const sourceTypeOptions = [
	{ name: 'Call', value: 'call', description: 'Inbound calls' },
	{ name: 'SMS', value: 'sms', description: 'Inbound messages' },
];

/** The four values that name one destination; `inBody` sends them in the body (the path takes them otherwise). */
function keyFields(inBody: boolean): INodeProperties[] {
	const send = (property: INodeProperties, key: string): INodeProperties => (inBody ? { ...property, routing: { send: { type: 'body', property: key } } } : property);
	return [
		inBody ? locatorToBody(routeTagLocator(), 'routeTag') : routeTagLocator(),
		send({ displayName: 'Source Type', name: 'srcType', type: 'options', options: sourceTypeOptions, default: 'sms', description: 'Which inbound traffic the destination receives' }, 'srcType'),
		send(
			{
				displayName: 'Destination',
				name: 'dest',
				type: 'string',
				default: '',
				required: true,
				placeholder: 'e.g. chip',
				description: 'Where the traffic goes: an inbox name, a phone number, a call XML name, … (as the destination type says)',
			},
			'dest',
		),
		send(
			{
				displayName: 'Destination Type',
				name: 'destType',
				type: 'string',
				default: '',
				required: true,
				placeholder: 'e.g. inbox',
				description: 'What the destination is, e.g. inbox, call or call-relay',
			},
			'destType',
		),
	];
}

const destinationFields: INodeProperties = {
	displayName: 'Route Destination Fields',
	name: FIELDS,
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	options: [
		sendAs({ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. buffalo to inbox' }),
		sendAs({ displayName: 'Description', name: 'description', type: 'string', default: '', placeholder: 'e.g. Test inbound call' }),
		sendAs({ displayName: 'Distribution Type', name: 'distributionType', type: 'number', default: 1, description: "Ytel's code for how this destination shares the traffic, e.g. 1" }),
		sendAs({ displayName: 'Priority', name: 'priority', type: 'number', default: 1, description: 'Order among the destinations of the route tag, e.g. 1' }),
		sendAs({ displayName: 'Status', name: 'status', type: 'number', default: 1, description: "The destination's status code, e.g. 1 (active)" }),
		sendAs({ displayName: 'Rule Set ID', name: 'ruleSetId', type: 'string', default: '', placeholder: 'e.g. 3dcde161-1b00-11ec-bfe1-d58d9b9bb3f6', description: 'The rule set that decides when the destination applies' }),
		sendAs({ displayName: 'Callback URL', name: 'callbackUrl', type: 'string', default: '', placeholder: 'e.g. https://example.com/inbound', description: 'An address Ytel calls for this destination' }),
		sendAs(
			{
				displayName: 'Call XML',
				name: 'callXml',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
				placeholder: 'e.g. <Response><Say>Hello</Say></Response>',
				description: 'InboundXML that answers the calls (for call destinations)',
			},
			'options.callXml',
		),
		textListField({ displayName: 'Apply Tags', name: 'applyTags', placeholder: 'e.g. vip, inbound', description: 'Tags put on the contact, separated by commas' }, 'applyTags', FIELDS),
		extraProperties(FIELDS, '{"options": {"callXml": "<Response/>"}}'),
	],
};

const getAll = defineOperation(ytel, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many route destinations',
	description: 'List the route destinations of every route tag of the account',
	method: 'GET',
	path: '/v4/route/dest',
	output: 'list',
	properties: wholeListFields(),
});

const getAllOfTag = defineOperation(ytel, {
	value: 'getAllOfRouteTag',
	name: 'Get Many of Route Tag',
	action: 'Get the route destinations of a route tag',
	description: 'List the route destinations of one route tag',
	method: 'GET',
	path: '/v4/route/dest/{routeTag}',
	output: 'list',
	properties: [routeTagLocator(), ...wholeListFields()],
});

const get = defineOperation(ytel, {
	value: 'get',
	name: 'Get',
	action: 'Get a route destination',
	description: 'Get one route destination by its route tag, source type, destination and destination type',
	method: 'GET',
	path: '/v4/route/dest/{routeTag}/{srcType}/{dest}/{destType}',
	properties: keyFields(false),
});

const create = defineOperation(ytel, {
	value: 'create',
	name: 'Create',
	action: 'Create a route destination',
	description: 'Send the inbound messages or calls of a route tag somewhere',
	method: 'POST',
	path: '/v4/route/dest',
	properties: [...keyFields(true), destinationFields],
});

const update = defineOperation(ytel, {
	value: 'update',
	name: 'Update',
	action: 'Update a route destination',
	description: 'Change a route destination, named by its route tag, source type, destination and destination type',
	method: 'PUT',
	path: '/v4/route/dest',
	properties: [...keyFields(true), destinationFields],
});

const remove = defineOperation(ytel, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a route destination',
	description: 'Delete a route destination, named by its route tag, source type, destination and destination type',
	method: 'DELETE',
	path: '/v4/route/dest',
	properties: keyFields(true),
});

export const routeDestination: ResourceSpec = {
	name: 'Route Destination',
	value: 'routeDestination',
	description: 'Where the inbound messages and calls of a route tag go',
	operations: [getAll, getAllOfTag, get, create, update, remove],
	defaultOperation: getAll.spec.value,
};
