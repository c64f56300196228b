import type { INodeProperties } from 'n8n-workflow';
import { extraProperties, sendAs } from '../campaignKit';

/** A runner's own settings (Add Runner and Edit Runner). */

export const runnerName = sendAs({
	displayName: 'Display Name',
	name: 'displayName',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. March newsletter',
});

const settings: INodeProperties[] = [
	sendAs({
		displayName: 'Period (Ms)',
		name: 'periodMs',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Milliseconds between two contacts; 0 makes a manual runner that sends to the next contact on Send Next only',
	}),
	{
		displayName: 'Start',
		name: 'start',
		type: 'boolean',
		default: true,
		description: 'Whether the runner starts at once (a manual runner then waits for Send Next)',
		// Ytel's examples send it as the text "true".
		routing: { send: { type: 'body', property: 'start', value: '={{ $value ? "true" : "false" }}' } },
	},
];

const EXAMPLE = '{"periodMs": 60000}';

export const runnerAdditionalFields: INodeProperties = {
	displayName: 'Additional Fields',
	name: 'runnerFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	options: [...settings, extraProperties('runnerFields', EXAMPLE)],
};

export const runnerUpdateFields: INodeProperties = {
	displayName: 'Update Fields',
	name: 'runnerUpdateFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	options: [{ ...runnerName, required: false, routing: { send: { type: 'body', property: 'displayName', value: '={{ typeof $value === "string" && $value.trim() === "" ? undefined : $value }}' } } }, ...settings, extraProperties('runnerUpdateFields', EXAMPLE)],
};
