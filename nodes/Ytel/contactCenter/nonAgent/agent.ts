import type { ICredentialDataDecryptedObject, IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeCredentialDescription, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { defineVendor } from '../../../shared/api';
import { resolveBaseUrl } from '../../../shared/baseUrl';
import { defineOperation, type ResourceSpec } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { x5Address, x5CredentialProblem, ytelX5 } from '../api';
import { rowsAnswer, x5Field } from './kit';
import { agentOperations } from './reads';

/**
 * Agents seen from outside their sessions: Monitor (blind_monitor) and Get In-Groups
 * (agent_ingroup_info) on non_agent.php; Get Many (`agent_list` on `/x5/api/non-agent`, with the
 * credential's Ytel Token and Account SID); Count Available (`available_agents_totals` on
 * `/api/ytel/non-agent`, with the v4 bearer token of the Ytel API credential).
 *
 * n8n picks a declarative node's credential by its `authentication` parameter: Count Available
 * sets it to `ytelApi` (the bearer token, renewed like every v4 request) and still reads the
 * contact centre's address, API user and source from the Ytel Contact Center API credential,
 * which stays selected on every operation.
 */

export const AGENT_LIST_PATH = '/x5/api/non-agent';
export const AVAILABLE_AGENTS_PATH = '/api/ytel/non-agent';
export const CONTACT_CENTER_CREDENTIAL = 'ytelContactCenterApi';

function refuse(context: IExecuteSingleFunctions, message: string, description: string): never {
	throw new NodeOperationError(context.getNode(), message, { itemIndex: context.getItemIndex(), description });
}

const getMany = defineOperation(ytelX5, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many agents',
	description: 'List the agents of the account',
	method: 'GET',
	path: AGENT_LIST_PATH,
	query: { action_type: 'agent_list' },
	answer: rowsAnswer({ delimiter: '|', header: true, types: { user_level: 'number' } }),
	properties: [
		{
			displayName: 'Uses the Ytel Token and Account SID of the Ytel Contact Center API credential',
			name: 'agentListNotice',
			type: 'notice',
			default: '',
		},
	],
	validate: async function (request) {
		const credentials = await this.getCredentials(CONTACT_CENTER_CREDENTIAL);
		const token = String(credentials.ytelToken ?? '').trim();
		const account = String(credentials.accountSid ?? '').trim();
		if (!token || !account) {
			refuse(this, 'Agent List needs the Ytel Token and Account SID', 'Fill "Ytel Token" and "Account SID" in the Ytel Contact Center API credential (Ytel support gives the token).');
		}
		request.qs = { ...(request.qs as IDataObject), ytel_token: token, accountSid: account };
	},
});

/** What the contact centre credential adds to Count Available: its address, API user and source (never its password). */
async function contactCenterLogin(context: IExecuteSingleFunctions): Promise<{ baseUrl: string; user: string; source: string }> {
	let credentials: ICredentialDataDecryptedObject;
	try {
		credentials = await context.getCredentials(CONTACT_CENTER_CREDENTIAL);
	} catch {
		refuse(context, 'Count Available needs both credentials', 'Select a Ytel Contact Center API credential (its address, API User and Source) and a Ytel API credential (its token).');
	}
	const problem = x5CredentialProblem(credentials);
	if (problem) refuse(context, 'The Ytel Contact Center API credential is not usable', problem);
	try {
		return { baseUrl: resolveBaseUrl(x5Address, credentials), user: String(credentials.apiUser).trim(), source: String(credentials.source).trim() };
	} catch (error) {
		refuse(context, 'The Ytel contact center credential has no usable address', (error as Error).message);
	}
}

/**
 * `/api/ytel/non-agent` with the v4 token of `ytelApi` (renewed as for every v4 request); the
 * address and the API user are the contact centre credential's, set on the finished request.
 * The answer has no example: JSON is read as it comes.
 */
export const ytelAvailableAgents = defineVendor({
	...ytel,
	service: 'Ytel contact center',
	envelope: undefined,
	paging: undefined,
});

const countAvailable = defineOperation(ytelAvailableAgents, {
	value: 'countAvailable',
	name: 'Count Available',
	action: 'Count the available agents',
	description: 'Totals of available agents, for one in-group or all (uses the Ytel API credential’s token too)',
	method: 'GET',
	path: AVAILABLE_AGENTS_PATH,
	query: { action_type: 'available_agents_totals' },
	properties: [
		// n8n signs this operation's request with the Ytel API credential (see authenticationProperties).
		{ displayName: 'Authentication', name: 'authentication', type: 'hidden', default: 'ytelApi' },
		x5Field({ displayName: 'In-Group ID', name: 'ingroupId', placeholder: 'e.g. SALESLINE', description: 'Only the agents of this in-group (all unless set)' }, 'ingroupid'),
	],
	validate: async function (request) {
		const login = await contactCenterLogin(this);
		(request as IHttpRequestOptions).baseURL = login.baseUrl;
		request.qs = { ...(request.qs as IDataObject), user: login.user, source: login.source };
	},
});

export const agent: ResourceSpec = {
	name: 'Agent',
	value: 'agent',
	description: 'Agents: list, count, monitor, in-groups',
	operations: [getMany, countAvailable, agentOperations.monitor, agentOperations.inGroups],
	defaultOperation: getMany.spec.value,
};

/**
 * The node's `authentication` (hidden) everywhere but Count Available, which has its own
 * (`ytelApi`): n8n's declarative routing signs each request with the credential it names.
 */
export const authenticationProperties: INodeProperties[] = [
	{
		displayName: 'Authentication',
		name: 'authentication',
		type: 'hidden',
		default: CONTACT_CENTER_CREDENTIAL,
		displayOptions: { hide: { operation: ['countAvailable'] } },
	},
];

/**
 * The node's credentials: the Ytel API one only on Count Available (first, so n8n's choice by
 * `authentication` finds it), the contact centre one always (Count Available reads it too).
 */
export const contactCenterCredentials: INodeCredentialDescription[] = [
	{ name: 'ytelApi', required: true, displayOptions: { show: { authentication: ['ytelApi'] } } },
	{ name: CONTACT_CENTER_CREDENTIAL, required: true, displayOptions: { show: { authentication: [CONTACT_CENTER_CREDENTIAL, 'ytelApi'] } } },
];
