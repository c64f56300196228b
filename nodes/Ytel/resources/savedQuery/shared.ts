import { statementsField } from '../contact/fields';
import type { INodeProperties } from 'n8n-workflow';
import { extraPropertiesField, requiredText } from '../common';

export const number = (displayName: string, name: string, defaultValue: number, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'number',
	typeOptions: { minValue: 0 },
	default: defaultValue,
	description,
	routing: { send: { type: 'body', property: `query.${name}` } },
});

export const queryProperties = (): INodeProperties[] => [
	requiredText('Query Name', 'queryName', 'e.g. non-test contacts'),
	statementsField('query.statements', true),
	number('From', 'from', 0, 'How many matching contacts to skip'),
	number('Size', 'size', 5000, 'How many matching contacts the query gives at most (up to 10,000)'),
	extraPropertiesField('{"query": {"from": 0}}'),
];
