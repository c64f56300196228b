import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { baseUrlExpression } from '../shared/baseUrl';
import { xonvoResources as resources } from './resources';
import { xonvo } from './shared/api';

export class Xonvo implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'XONVO',
		name: 'xonvo',
		icon: { light: 'file:../../icons/xonvo.svg', dark: 'file:../../icons/xonvo.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: resources.subtitle,
		description: 'Add leads for XONVO’s AI conversations, manage accounts and agents, and read statistics',
		defaults: { name: 'XONVO' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'xonvoApi', required: true }],
		requestDefaults: {
			baseURL: baseUrlExpression(xonvo.baseUrl),
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
		},
		properties: resources.properties,
	};
}
