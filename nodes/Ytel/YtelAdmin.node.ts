import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { baseUrlExpression } from '../shared/baseUrl';
import { getRoles, searchUsernames, searchUsers, searchWorkGroups } from './methods/adminLists';
import { adminResources as resources } from './resources/admin';
import { ytelAdmin } from './shared/api';

export class YtelAdmin implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Ytel Admin',
		name: 'ytelAdmin',
		icon: { light: 'file:../../icons/ytel.svg', dark: 'file:../../icons/ytel.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: resources.subtitle,
		description: 'Administer a Ytel account: users, their roles, webphone status and two-factor authentication, and work groups',
		defaults: { name: 'Ytel Admin' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'ytelApi', required: true }],
		requestDefaults: {
			baseURL: baseUrlExpression(ytelAdmin.baseUrl),
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
		},
		properties: resources.properties,
	};

	methods = {
		listSearch: { searchUsers, searchUsernames, searchWorkGroups },
		loadOptions: { getRoles },
	};
}
