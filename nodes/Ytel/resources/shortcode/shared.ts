import type { INodeProperties } from 'n8n-workflow';

export const method = (displayName: string, name: string): INodeProperties => ({
	displayName,
	name,
	type: 'options',
	options: [
		{ name: 'GET', value: 'GET' },
		{ name: 'POST', value: 'POST' },
	],
	default: 'POST',
	routing: { send: { type: 'body', property: name } },
});
