import type { INodeProperties } from 'n8n-workflow';
import { RECORD_FIELDS, type RecordKind } from './recordFields';

/** The Options of a read or a write: do not log the call, only some fields. */

export const doNotLogOption: INodeProperties = {
	displayName: 'Do Not Log Activity',
	name: 'donotlog',
	type: 'boolean',
	default: false,
	description: "Whether to keep this call out of the record's activity log in Outseta",
	routing: { send: { type: 'query', property: 'donotlog', value: '={{ $value ? 1 : undefined }}' } },
};

/** The Fields a request sends: the picked ones joined, or an expression's text; none sends nothing. */
const FIELDS_VALUE = '={{ (Array.isArray($value) ? $value.join(",") : String($value ?? "")).trim() || undefined }}';

/**
 * Only some properties: a multi-select of the record's documented properties; an expression
 * gives any others or a dotted path (e.g. "Uid,Plan.Name").
 */
export function fieldsOption(example: string, kind: RecordKind): INodeProperties {
	return {
		displayName: 'Fields',
		name: 'fields',
		type: 'multiOptions',
		options: RECORD_FIELDS[kind].map((field) => ({ name: field, value: field })),
		default: [],
		description: `Only these properties. For others, or a linked record's properties, use an expression with their names comma-separated, e.g. ${example}. Lists with dotted paths are read 25 records at a time instead of 100. The result comes as Outseta sends it (not simplified).`,
		routing: { send: { type: 'query', property: 'fields', value: FIELDS_VALUE } },
	};
}

export function getOptions(fieldsExample: string, kind: RecordKind): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [doNotLogOption, fieldsOption(fieldsExample, kind)],
	};
}

export const writeOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [doNotLogOption],
};
