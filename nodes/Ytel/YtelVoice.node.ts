import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { baseUrlExpression } from '../shared/baseUrl';
import { searchContacts } from './methods/listSearch';
import { searchConferenceMembers, searchLiveCalls, searchLiveLists } from './methods/voiceLists';
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
		description: 'Make Ytel calls and act on them, run conferences and work live lists of contacts waiting for a call',
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
		listSearch: { searchConferenceMembers, searchContacts, searchLiveCalls, searchLiveLists },
	};
}
