import type { INodeProperties } from 'n8n-workflow';

export const integrationKeyNameField: INodeProperties = {
	displayName: 'Integration Key Name',
	name: 'integrationKeyName',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. bigcommerce',
	description: "The integration's key name, e.g. bigcommerce or ups",
};
