import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { baseUrlExpression } from '../shared/baseUrl';
import { searchAccountSettings, searchExternalServices, searchSubaccounts } from './methods/accountLists';
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
		description: 'Administer a Ytel account: users, work groups, roles, two-factor authentication, webphone status, subaccounts and settings (needs the Email and Password sign-in)',
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
		listSearch: { searchUsers, searchUsernames, searchWorkGroups, searchSubaccounts, searchAccountSettings, searchExternalServices },
		loadOptions: { getRoles },
	};
}
