import type { INodeProperties } from 'n8n-workflow';
import type { ResourceSpec } from '../../../shared/operations';
import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { statementsField } from '../contact/fields';
import { extraPropertiesField, listFields, requiredText } from '../common';

const number = (displayName: string, name: string, defaultValue: number, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'number',
	typeOptions: { minValue: 0 },
	default: defaultValue,
	description,
	routing: { send: { type: 'body', property: `query.${name}` } },
});

const queryProperties = (): INodeProperties[] => [
	requiredText('Query Name', 'queryName', 'e.g. non-test contacts'),
	statementsField('query.statements', true),
	number('From', 'from', 0, 'How many matching contacts to skip'),
	number('Size', 'size', 5000, 'How many matching contacts the query gives at most (up to 10,000)'),
	extraPropertiesField('{"query": {"from": 0}}'),
];

export const getAll = defineOperation(ytel, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many saved contact queries',
	description: 'List the saved contact queries',
	method: 'GET',
	path: '/v4/query/contact',
	output: 'list',
	properties: listFields,
});

export const create = defineOperation(ytel, {
	value: 'create',
	name: 'Create',
	action: 'Create a saved contact query',
	description: 'Save a contact query (statements on contact fields) under a name',
	method: 'POST',
	path: '/v4/query/contact',
	properties: queryProperties(),
});

export const update = defineOperation(ytel, {
	value: 'update',
	name: 'Update',
	action: 'Update a saved contact query',
	description: 'Replace a saved contact query’s name and statements',
	method: 'PUT',
	path: '/v4/query/contact/{queryId}',
	properties: [
		{ displayName: 'Query ID', name: 'queryId', type: 'string', required: true, default: '', placeholder: 'e.g. 7a0d1f40-2c7d-11eb-bd4b-b3d0bd0d2d8a', description: 'The saved query’s ID, as Get Many gives it' },
		...queryProperties(),
	],
});

export const savedQuery: ResourceSpec = { name: 'Saved Contact Query', value: 'savedQuery', operations: [create, getAll, update], defaultOperation: 'create' };
