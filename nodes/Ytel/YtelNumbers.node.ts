import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { baseUrlExpression } from '../shared/baseUrl';
import { getNumberSets, getTimezones, searchNumberSets, searchNumbers } from './numbers/methods';
import { numbersResources as resources } from './resources/numbers';
import { ytel } from './shared/api';

export class YtelNumbers implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Ytel Numbers',
		name: 'ytelNumbers',
		icon: { light: 'file:../../icons/ytel.svg', dark: 'file:../../icons/ytel.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: resources.subtitle,
		description: 'Manage Ytel phone numbers and number sets, look up carriers, and read call, SMS and recording logs, statistics and usage',
		defaults: { name: 'Ytel Numbers' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'ytelApi', required: true }],
		requestDefaults: {
			baseURL: baseUrlExpression(ytel.baseUrl),
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
		},
		properties: resources.properties,
	};

	methods = {
		listSearch: { searchNumbers, searchNumberSets },
		loadOptions: { getNumberSets, getTimezones },
	};
}
