import type { INodeProperties } from 'n8n-workflow';
import { UNLESS_BLANK } from '../../../shared/fields';

/** The Options of a read or a write: do not log the call, only some fields. */

export const doNotLogOption: INodeProperties = {
	displayName: 'Do Not Log Activity',
	name: 'donotlog',
	type: 'boolean',
	default: false,
	description: "Whether to keep this call out of the record's activity log in Outseta",
	routing: { send: { type: 'query', property: 'donotlog', value: '={{ $value ? 1 : undefined }}' } },
};

export function fieldsOption(example: string): INodeProperties {
	return {
		displayName: 'Fields',
		name: 'fields',
		type: 'string',
		default: '',
		placeholder: `e.g. ${example}`,
		description:
			'Only these properties, comma-separated; a dotted path also returns properties of a linked record. Lists with dotted paths are read 25 records at a time instead of 100. The result comes as Outseta sends it (not simplified).',
		routing: { send: { type: 'query', property: 'fields', value: UNLESS_BLANK } },
	};
}

export function getOptions(fieldsExample: string): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [doNotLogOption, fieldsOption(fieldsExample)],
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
