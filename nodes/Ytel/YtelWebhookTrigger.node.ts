import {
	NodeConnectionTypes,
	type IHookFunctions,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';
import { searchNumbers } from './numbers/methods';
import { EVENT_OPTIONS, properties } from './webhook/description';
import { receive } from './webhook/receive';
import { checkExists, create, remove, SECRET_PARAMETER } from './webhook/setup';

const subtitles = Object.fromEntries(EVENT_OPTIONS.map((option) => [option.value, option.name]));

export class YtelWebhookTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Ytel Webhook Trigger',
		name: 'ytelWebhookTrigger',
		icon: { light: 'file:../../icons/ytel.svg', dark: 'file:../../icons/ytel.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: `={{ ${JSON.stringify(subtitles)}[$parameter["event"]] }}`,
		description:
			'Ytel, the cloud communications platform for SMS, voice and contact centers: starts a workflow when a number gets an SMS or a call, a call ends or a campaign calls back, the moment it happens',
		defaults: { name: 'Ytel Webhook Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'ytelApi', required: true }],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				// The shared secret is the path's one segment (see webhook/setup.ts); the URL holds it, so it is not shown.
				// A full path with a parameter: n8n registers `:secret` under the node's webhook ID and matches any one segment.
				path: `:${SECRET_PARAMETER}`,
				isFullPath: true,
				ndvHideUrl: true,
			},
		],
		properties,
	};

	methods = { listSearch: { searchNumbers } };

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await checkExists.call(this);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return await create.call(this);
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return await remove.call(this);
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await receive.call(this);
	}
}
