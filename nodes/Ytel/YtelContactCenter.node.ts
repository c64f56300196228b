import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { baseUrlExpression } from '../shared/baseUrl';
import { ytelX5 } from './contactCenter/api';
import { authenticationProperties, contactCenterCredentials } from './contactCenter/nonAgent';
import { contactCenterResources as resources } from './resources/contactCenter';

export class YtelContactCenter implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Ytel Contact Center',
		name: 'ytelContactCenter',
		icon: { light: 'file:../../icons/ytel.svg', dark: 'file:../../icons/ytel.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: resources.subtitle,
		description: 'Drive Ytel contact centre agents from a workflow: pause, dial, disposition and transfer calls, push leads to an agent’s screen',
		defaults: { name: 'Ytel Contact Center' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: contactCenterCredentials,
		requestDefaults: {
			baseURL: baseUrlExpression(ytelX5.baseUrl),
			headers: { Accept: 'text/plain' },
			json: false,
		},
		properties: [...authenticationProperties, ...resources.properties],
	};
}
