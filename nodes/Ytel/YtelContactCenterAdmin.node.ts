import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { baseUrlExpression } from '../shared/baseUrl';
import { searchCcAgentGroups, searchCcAgents, searchCcCampaigns, searchCcInboundQueues, searchCcVoicemails } from './methods/contactCenterLists';
import { contactCenterAdminResources as resources } from './resources/contactCenterAdmin';
import { ytelYcc } from './shared/api';

export class YtelContactCenterAdmin implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Ytel Contact Center Admin',
		name: 'ytelContactCenterAdmin',
		icon: { light: 'file:../../icons/ytel.svg', dark: 'file:../../icons/ytel.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: resources.subtitle,
		description: 'Administer a Ytel contact centre: agents, agent groups, inbound queues, campaign list mixes, voicemail boxes and numbers',
		defaults: { name: 'Ytel Contact Center Admin' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'ytelApi', required: true }],
		requestDefaults: {
			baseURL: baseUrlExpression(ytelYcc.baseUrl),
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
		},
		properties: resources.properties,
	};

	methods = {
		listSearch: { searchCcAgents, searchCcAgentGroups, searchCcInboundQueues, searchCcCampaigns, searchCcVoicemails },
	};
}
