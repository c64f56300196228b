import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { baseUrlExpression } from '../shared/baseUrl';
import { searchContacts, searchInboxes, searchSmsTemplates, searchWebhookCommonConfigurations, searchWebhookConfigurations } from './methods/listSearch';
import { ytelResources as resources } from './resources';
import { ytel } from './shared/api';

export class Ytel implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Ytel',
		name: 'ytel',
		icon: { light: 'file:../../icons/ytel.svg', dark: 'file:../../icons/ytel.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: resources.subtitle,
		description: 'Send SMS and manage contacts, inboxes, templates, do-not-contact lists and webhooks in Ytel',
		defaults: { name: 'Ytel' },
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
		listSearch: { searchContacts, searchSmsTemplates, searchInboxes, searchWebhookConfigurations, searchWebhookCommonConfigurations },
	};
}
