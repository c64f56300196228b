import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { baseUrlExpression } from '../shared/baseUrl';
import { getCampaigns, searchCampaigns, searchRunners } from './methods/campaignLists';
import { campaignsResources as resources } from './resources/campaigns';
import { ytel } from './shared/api';

export class YtelCampaigns implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Ytel Campaigns',
		name: 'ytelCampaigns',
		icon: { light: 'file:../../icons/ytel.svg', dark: 'file:../../icons/ytel.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: resources.subtitle,
		description: 'Run Ytel campaigns: send a campaign to a contact, edit its workflow, start runners for groups of contacts and schedule them',
		defaults: { name: 'Ytel Campaigns' },
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
		listSearch: { searchCampaigns, searchRunners },
		loadOptions: { getCampaigns },
	};
}
