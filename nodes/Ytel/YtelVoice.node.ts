import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { baseUrlExpression } from '../shared/baseUrl';
import { searchCampaigns } from './methods/campaignLists';
import { searchContacts } from './methods/listSearch';
import { searchConferenceMembers, searchLiveCalls, searchLiveLists } from './methods/voiceLists';
import { searchDispositions, searchIvrs, searchRouteTags, searchScripts } from './methods/voiceRoutingLists';
import { searchNumberSets, searchNumbers } from './numbers/methods';
import { voiceResources as resources } from './resources/voice';
import { ytel } from './shared/api';

export class YtelVoice implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Ytel Voice',
		name: 'ytelVoice',
		icon: { light: 'file:../../icons/ytel.svg', dark: 'file:../../icons/ytel.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: resources.subtitle,
		description: 'Make Ytel calls and act on them, run conferences, work live lists and voicemail, and route inbound calls with route tags, IVR menus, transfer presets, dispositions and call scripts',
		defaults: { name: 'Ytel Voice' },
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
		listSearch: {
			searchCampaigns,
			searchConferenceMembers,
			searchContacts,
			searchDispositions,
			searchIvrs,
			searchLiveCalls,
			searchLiveLists,
			searchNumberSets,
			searchNumbers,
			searchRouteTags,
			searchScripts,
		},
	};
}
