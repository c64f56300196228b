import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { baseUrlExpression } from '../shared/baseUrl';
import { searchAccounts } from './listSearch/searchAccounts';
import { searchPeople } from './listSearch/searchPeople';
import { accountDescription } from './resources/account';
import { personDescription } from './resources/person';
import { outseta } from './shared/api';

export class Outseta implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Outseta',
		name: 'outseta',
		icon: { light: 'file:../../icons/outseta.svg', dark: 'file:../../icons/outseta.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Manage people and accounts in Outseta',
		defaults: { name: 'Outseta' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'outsetaApi', required: true }],
		requestDefaults: {
			baseURL: baseUrlExpression(outseta.baseUrl),
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
		},
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Account', value: 'account' },
					{ name: 'Person', value: 'person' },
				],
				default: 'person',
			},
			...personDescription,
			...accountDescription,
		],
	};

	methods = {
		listSearch: { searchPeople, searchAccounts },
	};
}
