import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { defineOperation, type ResourceSpec } from '../../../shared/operations';
import { numberSetLocator } from '../../numbers/fields';
import { ytel } from '../../shared/api';
import { extraProperties, refuse, sendAs, wholeListFields } from '../campaignKit';
import { locatorToBody, phoneListField, routeTagLocator } from '../voiceRoutingKit';

/**
 * Route tags: named routes an inbound SMS or call to a number follows. A number carries one
 * route tag; the tag's route destinations (Route Destination) say where its messages and calls go.
 * The collection has no saved answers here: the fields follow its requests.
 */

const FIELDS = 'routeTagFields';

const tagFields: INodeProperties = {
	displayName: 'Route Tag Fields',
	name: FIELDS,
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	options: [
		sendAs({ displayName: 'Description', name: 'description', type: 'string', default: '', placeholder: 'e.g. Christmas SMS list' }),
		sendAs({
			displayName: 'Distribution Type',
			name: 'distributionType',
			type: 'string',
			default: '',
			placeholder: 'e.g. 2',
			description: "Ytel's code for how the tag's destinations share the traffic, e.g. 2 (sent as text, as Ytel's examples do)",
		}),
		extraProperties(FIELDS, '{"description": "Spring sale"}'),
	],
};

const newTagName: INodeProperties = {
	displayName: 'Route Tag Name',
	name: 'newRouteTag',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. buffalo',
	description: 'The name of the new route tag',
	routing: { send: { type: 'body', property: 'routeTag' } },
};

const phoneNumbers = phoneListField({
	displayName: 'Phone Numbers',
	name: 'phoneNumbers',
	description: 'Numbers of the account in E.164 format, separated by commas (or pick a number set instead)',
});

const numberSet: INodeProperties = locatorToBody({ ...numberSetLocator, required: false, description: 'A number set whose numbers to change, instead of phone numbers' }, 'numberSetId');

/** Numbers or a number set, one of them. */
function numbersOrSet(this: IExecuteSingleFunctions, request: { body?: unknown }): void {
	const body = (request.body ?? {}) as IDataObject;
	const hasNumbers = Array.isArray(body.phoneNumbers) && body.phoneNumbers.length > 0;
	const hasSet = typeof body.numberSetId === 'string' && body.numberSetId !== '';
	if (hasNumbers && hasSet) refuse(this, 'Fill either "Phone Numbers" or "Number Set", not both', 'Nothing was sent to Ytel.');
	if (!hasNumbers && !hasSet) refuse(this, 'Fill "Phone Numbers" or "Number Set"', 'Enter the numbers to change, or pick their number set. Nothing was sent to Ytel.');
}

const getAll = defineOperation(ytel, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many route tags',
	description: 'List the route tags of the account',
	method: 'GET',
	path: '/v4/route/tag',
	output: 'list',
	properties: wholeListFields(),
});

const get = defineOperation(ytel, {
	value: 'get',
	name: 'Get',
	action: 'Get a route tag',
	description: 'Get a route tag by its name',
	method: 'GET',
	path: '/v4/route/tag/{routeTag}',
	properties: [routeTagLocator()],
});

const create = defineOperation(ytel, {
	value: 'create',
	name: 'Create',
	action: 'Create a route tag',
	description: 'Add a route tag; give it route destinations, then assign it to numbers',
	method: 'POST',
	path: '/v4/route/tag',
	properties: [newTagName, tagFields],
});

const update = defineOperation(ytel, {
	value: 'update',
	name: 'Update',
	action: 'Update a route tag',
	description: 'Change the description or distribution type of a route tag',
	method: 'PUT',
	path: '/v4/route/tag',
	properties: [locatorToBody(routeTagLocator(), 'routeTag'), tagFields],
});

const remove = defineOperation(ytel, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a route tag',
	description: 'Delete a route tag',
	method: 'DELETE',
	path: '/v4/route/tag/{routeTag}',
	properties: [routeTagLocator()],
});

const assign = defineOperation(ytel, {
	value: 'assignToNumbers',
	name: 'Assign to Numbers',
	action: 'Assign a route tag to numbers',
	description: 'Route the inbound messages and calls of numbers (or of a number set) by a route tag',
	method: 'POST',
	path: '/v4/route/tag/assign',
	properties: [phoneNumbers, numberSet, locatorToBody(routeTagLocator(), 'routeTag')],
	validate: numbersOrSet,
});

const unassign = defineOperation(ytel, {
	value: 'removeFromNumbers',
	name: 'Remove From Numbers',
	action: 'Remove the route tag from numbers',
	description: 'Take away whatever route tag numbers (or the numbers of a number set) carry',
	method: 'DELETE',
	path: '/v4/route/tag/assign',
	properties: [phoneNumbers, numberSet],
	validate: numbersOrSet,
});

export const routeTag: ResourceSpec = {
	name: 'Route Tag',
	value: 'routeTag',
	description: 'Named routes for the inbound messages and calls of numbers',
	operations: [getAll, get, create, update, remove, assign, unassign],
	defaultOperation: getAll.spec.value,
};
