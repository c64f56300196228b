/**
 * One scenario per request of the Ytel collection's YCC folders (32: Global API 1, Campaign Data
 * Mix 8, Inbound Queue 5, Voicemail 4, Number Management 2, Agent Management 12), run by the
 * `ytelContactCenterAdmin` node: for the engine suite (ycc-coverage.test.ts) and the real-n8n
 * suite (test/e2e/ytel.e2e.ts), whose credential must set `yccBaseUrl` to `<simulator url>/api/v2`.
 *
 * Documented changes to the collection's requests (the node sends them this way on purpose):
 * - Rows at the development host `ycc-api-dev.ytel.com` (Update Campaign List Mix, Number Update,
 *   Get Agent Group, Update Agent Group) are expected at the Contact Centre Base URL and the
 *   production paths the folders document: `yccRows` holds them so (`/api/update-campaign-list-mix`
 *   → `/api/v2/update-campaign-list-mix`, `/api/number-update` → `/api/v2/number-update`).
 * - Get Number: the collection hard-codes 12223334444 in the path; the number is a field.
 * - Delete Agent Group: the group goes in `user_id` (its description); the body the collection
 *   shows is a copy of Clone Agent Group's, so no body is sent.
 * - Blank and null values of the examples (`"email": ""`, `"pass": null`, …) go through the JSON
 *   fields (Extra Properties, … Settings): the typed fields never send an empty value.
 * - Ids in queries are the simulator's records (ycc.js), not the placeholders `cid`, `lmid`, `vmid`
 *   where a scenario reads; bodies are the examples' own.
 */
import type { IDataObject } from 'n8n-workflow';
import { YtelApi } from '../../credentials/YtelApi.credentials';
import { YtelContactCenterAdmin } from '../../nodes/Ytel/YtelContactCenterAdmin.node';
import { exampleBodyOf, idOf, rowFor, type CoverageScenario } from '../helpers/coverage';
import type { TestEnvironment } from '../helpers/engine';
import { rowsOf, type EndpointRow } from '../helpers/rows';
import type { YtelSim } from '../helpers/ytel-sim';
import { ytelCredentials } from './numbers-env';

/** The YCC rows at the production host and paths (see above). */
export const yccRows: EndpointRow[] = rowsOf('Ytel', [
	['CCaaS API', 'YCC Global API'],
	['CCaaS API', 'YCC Campaign Data Mix'],
	['CCaaS API', 'YCC Inbound Queue'],
	['CCaaS API', 'YCC Voicemail'],
	['CCaaS API', 'YCC Number Management'],
	['CCaaS API', 'YCC Agent Management'],
]).map((row) => ({ ...row, host: 'https://ycc-api.ytel.com', path: row.path.replace(/^\/api\/(?!v2\/)/, '/api/v2/') }));

export const exampleBody = (name: string): IDataObject => exampleBodyOf(rowFor(yccRows, { row: name }));
/** A picker's value given By ID. */
export const byId = (value: unknown) => ({ __rl: true, mode: 'id', value: String(value) });

/** What the credential needs to reach the simulator's YCC routes. */
export const yccCredentialOverrides = (sim: { url: string }): IDataObject => ({ yccBaseUrl: `${sim.url}/api/v2` });

/** The node with the real ytelApi credential against the simulator; `overrides` change the credential. */
export function yccEnvironment(sim: YtelSim, overrides: IDataObject = {}): TestEnvironment {
	return {
		nodeTypes: { ytelContactCenterAdmin: new YtelContactCenterAdmin() },
		credentialTypes: { ytelApi: new YtelApi() },
		credentials: { ytelApi: ytelCredentials(sim, { ...yccCredentialOverrides(sim), ...overrides }) },
	};
}

/** A list mix made through the API first, for the scenarios that act on the example's `vclid`. */
async function exampleMix(sim: YtelSim): Promise<void> {
	const response = await sim.api('POST', '/api/v2/create-campaign-list-mix', exampleBody('Create Campaign List Mix'));
	if (response.status !== 200) throw new Error(`setup: list mix not created (${response.status})`);
}

/** `{a, b, …rest}` of an example: the named keys apart, the rest as JSON text for a JSON field. */
function split(body: IDataObject, keys: string[]): [IDataObject, string] {
	const rest = Object.fromEntries(Object.entries(body).filter(([key]) => !keys.includes(key)));
	return [Object.fromEntries(keys.map((key) => [key, body[key]])), JSON.stringify(rest)];
}

export type YccScenario = CoverageScenario<YtelSim>;

const one = (output: IDataObject[], expected: IDataObject) => {
	expect(output).toHaveLength(1);
	expect(output[0]).toMatchObject(expected);
};
const message = (text: string) => (output: IDataObject[]) => expect(output).toEqual([{ message: text }]);

export const yccScenarios: YccScenario[] = [
	// ------------------------------------------------------------ Global API
	{
		row: 'Get Global API',
		parameters: { resource: 'lookup', operation: 'getLists', lists: exampleBody('Get Global API').case },
		body: () => exampleBody('Get Global API'),
		check: (output) => {
			expect(output).toHaveLength(1);
			expect(Object.keys(output[0]).sort()).toEqual(['agent', 'agentgroup', 'callmenu', 'cam', 'inboundgroupoption', 'voicemail']);
			expect(output[0].agent).toContainEqual({ user: '1050', full_name: 'John Doe' });
		},
	},

	// ------------------------------------------------------------ Campaign Data Mix
	{
		row: 'Get Campaign List',
		parameters: { resource: 'yccCampaign', operation: 'getAll', returnAll: false, limit: 10000 },
		query: 'limit=10000&page=1',
		check: (output) => {
			expect(output.map((entry) => entry.campaign_id)).toEqual(['cid', 'fakename', 'SALES01', 'RENEWALS']);
			expect(output[2]).toEqual({ campaign_id: 'SALES01', campaign_name: 'Sales outbound', list_mix: ['EVENING_MIX'] });
		},
	},
	{
		row: 'Get Campaign Data Mix List',
		parameters: { resource: 'listMix', operation: 'getAll', campaignId: byId('SALES01') },
		query: { campaign_id: 'SALES01' },
		check: (output) => {
			expect(output).toHaveLength(1);
			expect((output[0].result as IDataObject[]).map((mix) => mix.vcl_id)).toEqual(['EVENING_MIX']);
		},
	},
	{
		row: 'Get Campaign Statuses',
		parameters: { resource: 'yccCampaign', operation: 'getStatuses', campaignId: byId('RENEWALS') },
		query: { campaign_id: 'RENEWALS' },
		check: (output) => expect((output[0].dial_status as IDataObject[])[0]).toEqual({ status: 'A', option_title: 'A - Status A' }),
	},
	{
		row: 'Get Campaign List Mix',
		parameters: { resource: 'listMix', operation: 'get', listMixId: 'EVENING_MIX' },
		query: { list_mix_id: 'EVENING_MIX' },
		check: (output) => one(output, { vcl_id: 'EVENING_MIX', campaign_id: 'SALES01', status: 'ACTIVE', lmc_rows: [{ list_id: 2001, mix_percentage: 60, statuses: ['A'] }, { list_id: 2002, mix_percentage: 40, statuses: ['ADC'] }] }),
	},
	{
		row: 'Activate Campaign List Mix',
		parameters: async (sim) => {
			await exampleMix(sim);
			const { campaign_id, vcl_id } = exampleBody('Activate Campaign List Mix');
			return { resource: 'listMix', operation: 'activate', campaignId: byId(campaign_id), listMixId: vcl_id };
		},
		body: () => exampleBody('Activate Campaign List Mix'),
		check: (output) => one(output, { vcl_id: 'vclid', status: 'ACTIVE' }),
	},
	{
		row: 'Create Campaign List Mix',
		parameters: () => {
			const body = exampleBody('Create Campaign List Mix');
			return Promise.resolve({
				resource: 'listMix',
				operation: 'create',
				campaignId: byId(body.campaign_id),
				listMixId: body.vcl_id,
				listMixName: body.vcl_name,
				listId: body.list_id,
				dialStatuses: (body.dial_status as string[]).join(', '),
			});
		},
		body: () => exampleBody('Create Campaign List Mix'),
		check: (output) => one(output, { vcl_id: 'vclid', campaign_id: 'cid', lmc_rows: [{ list_id: 1000, mix_percentage: 100, statuses: ['A', 'ADAIR'] }] }),
	},
	{
		row: 'Update Campaign List Mix',
		parameters: () => {
			const body = exampleBody('Update Campaign List Mix');
			const lists = (body.vcl_lists as IDataObject[]).map((list) => ({ listId: list.list_id, mixPercentage: list.mix_percentage, statuses: (list.statuses as string[]).join(',') }));
			return Promise.resolve({ resource: 'listMix', operation: 'update', campaignId: byId(body.campaign_id), listMixId: body.vcl_id, listMixName: body.vcl_name, mixLists: { entry: lists } });
		},
		body: () => exampleBody('Update Campaign List Mix'),
		check: (output) => one(output, { vcl_id: 'jbtest1', vcl_name: 'JB Test 2', lmc_rows: exampleBody('Update Campaign List Mix').vcl_lists }),
	},
	{
		row: 'Delete Campaign List Mix',
		parameters: async (sim) => {
			await exampleMix(sim);
			const { campaign_id, vcl_id } = exampleBody('Delete Campaign List Mix');
			return { resource: 'listMix', operation: 'delete', campaignId: byId(campaign_id), listMixId: vcl_id };
		},
		body: () => exampleBody('Delete Campaign List Mix'),
		check: message('List mix deleted'),
	},

	// ------------------------------------------------------------ Inbound Queue
	{
		row: 'Get Inbound Queue',
		path: (parameters) => ({ group_id: idOf(parameters.groupId) }),
		parameters: { resource: 'inboundQueue', operation: 'get', groupId: byId('SUPPORT') },
		check: (output) => one(output, { group_id: 'SUPPORT', group_name: 'Support', active: 'Y', voicemail_ext: null }),
	},
	{
		row: 'Get Inbound Queue List',
		parameters: { resource: 'inboundQueue', operation: 'getAll', returnAll: false, limit: 1000 },
		query: 'limit=1000',
		check: (output) => expect(output.map((entry) => entry.group_id)).toEqual(['AGENTDIRECT', 'TEST2', 'OLDQUEUE', 'SUPPORT']),
	},
	{
		row: 'Clone Inbound Queue',
		parameters: () => {
			const body = exampleBody('Clone Inbound Queue');
			return Promise.resolve({ resource: 'inboundQueue', operation: 'clone', fromQueueId: byId(body.from_inbound_id), newQueueId: body.group_id, newQueueName: body.group_name });
		},
		body: () => exampleBody('Clone Inbound Queue'),
		check: (output) => one(output, { group_id: 'TEST', group_name: 'TEST NAME', next_agent_call: 'random' }),
	},
	{
		row: 'Update Inbound Queue',
		parameters: () => {
			const [{ group_id, group_name, group_color, active }, rest] = split(exampleBody('Update Inbound Queue'), ['group_id', 'group_name', 'group_color', 'active']);
			return Promise.resolve({ resource: 'inboundQueue', operation: 'update', queueId: byId(group_id), queueUpdateFields: { groupName: group_name, groupColor: group_color, active, queueSettings: rest } });
		},
		body: () => exampleBody('Update Inbound Queue'),
		check: (output) => one(output, { group_id: 'TEST2', group_name: 'TEST 2', drop_call_seconds: 360, max_calls_count: exampleBody('Update Inbound Queue').max_calls_count }),
	},
	{
		row: 'Delete Inbound Queue',
		parameters: { resource: 'inboundQueue', operation: 'delete', queueId: byId('OLDQUEUE') },
		query: { group_id: 'OLDQUEUE' },
		check: message('Inbound queue deleted'),
	},

	// ------------------------------------------------------------ Voicemail
	{
		row: 'Get Voicemail',
		path: (parameters) => ({ id: idOf(parameters.voicemailId) }),
		parameters: { resource: 'yccVoicemail', operation: 'get', voicemailId: byId('8001') },
		check: (output) => one(output, { voicemail_id: '8001', fullname: 'Support voicemail', messages: 2, pass: '9876' }),
	},
	{
		row: 'Delete Voicemail',
		parameters: { resource: 'yccVoicemail', operation: 'delete', voicemailId: byId('vmid') },
		query: { voicemail_id: 'vmid' },
		check: message('Voicemail deleted'),
	},
	{
		row: 'Create Voicemail',
		parameters: () => {
			const body = exampleBody('Create Voicemail');
			return Promise.resolve({
				resource: 'yccVoicemail',
				operation: 'create',
				voicemailId: body.voicemail_id,
				fullName: body.fullname,
				boxPassword: body.pass,
				boxFields: {
					active: body.active,
					messages: body.messages,
					oldMessages: body.old_messages,
					deleteAfterEmail: body.delete_vm_after_email,
					userGroup: body.user_group,
					extraProperties: JSON.stringify({ email: '', voicemail_timezone: '', voicemail_options: '', voicemail_greeting: '' }),
				},
			});
		},
		body: () => exampleBody('Create Voicemail'),
		check: (output) => one(output, { voicemail_id: 'jbtest', fullname: 'Full Name' }),
	},
	{
		row: 'Update Voicemail',
		parameters: async (sim) => {
			await sim.api('POST', '/api/v2/admin-utilities/add-new-voicemail', { voicemail_id: 'jbtest', pass: '1111', fullname: 'JB test box' });
			const body = exampleBody('Update Voicemail');
			return {
				resource: 'yccVoicemail',
				operation: 'update',
				voicemailId: byId(body.voicemail_id),
				boxUpdateFields: {
					fullName: body.fullname,
					boxPassword: body.pass,
					active: body.active,
					messages: body.messages,
					oldMessages: body.old_messages,
					email: body.email,
					deleteAfterEmail: body.delete_vm_after_email,
					timezone: body.voicemail_timezone,
					userGroup: body.user_group,
					onLoginReport: body.on_login_report,
					extraProperties: JSON.stringify({ voicemail_options: '', voicemail_greeting: '' }),
				},
			};
		},
		body: () => exampleBody('Update Voicemail'),
		check: (output) => one(output, { voicemail_id: 'jbtest', fullname: 'Test Voicemail1', email: 'email@email.com' }),
	},

	// ------------------------------------------------------------ Number Management
	{
		row: 'Get Number',
		path: (parameters) => ({ didPattern: String(parameters.didPattern) }),
		parameters: { resource: 'yccNumber', operation: 'get', didPattern: '12068487626' },
		check: (output) => one(output, { did_pattern: '12068487626', did_route: 'IN_GROUP' }),
	},
	{
		row: 'Number Update',
		parameters: () => {
			const [{ did_pattern }, rest] = split(exampleBody('Number Update'), ['did_pattern']);
			return Promise.resolve({ resource: 'yccNumber', operation: 'update', didPattern: did_pattern, numberSettings: rest });
		},
		body: () => exampleBody('Number Update'),
		check: (output) => one(output, { did_pattern: '12223334444', did_description: 'ACCID - 1 Per State', group_id: 'Callbacks' }),
	},

	// ------------------------------------------------------------ Agent Management
	{
		row: 'Get Agent List',
		parameters: { resource: 'yccAgent', operation: 'getAll', returnAll: true },
		check: (output) => expect(output).toEqual([
			{ user: '1010', full_name: 'Dana Reyes' },
			{ user: '1050', full_name: 'John Doe' },
			{ user: '1984', full_name: 'Template Agent' },
		]),
	},
	{
		row: 'Get Agent Details',
		parameters: { resource: 'yccAgent', operation: 'get', agentId: byId('1010') },
		query: { id: '1010' },
		check: (output) => {
			one(output, { user_info: { user: '1010', full_name: 'Dana Reyes', email: 'dana@example.com' } });
			expect(output[0].user_info).not.toHaveProperty('pass');
		},
	},
	{
		row: 'Clone Agent',
		parameters: () => {
			const body = exampleBody('Clone Agent');
			return Promise.resolve({ resource: 'yccAgent', operation: 'clone', fromAgent: byId(body.from_agent), newAgent: body.new_agent, fullName: body.full_name, email: body.email, agentPassword: body.pass });
		},
		body: () => exampleBody('Clone Agent'),
		check: (output) => {
			one(output, { user: '5150', full_name: 'Agent Name', user_group: 'ADMIN' });
			expect(output[0]).not.toHaveProperty('pass');
		},
	},
	{
		row: 'Update Agent Details',
		parameters: () => {
			const [typed, rest] = split(exampleBody('Update Agent Details'), ['email', 'full_name', 'name', 'user_group', 'active', 'voicemail_id', 'force_change_password']);
			return Promise.resolve({
				resource: 'yccAgent',
				operation: 'update',
				agentEmail: typed.email,
				agentUpdateFields: {
					fullName: typed.full_name,
					agentId: typed.name,
					userGroup: typed.user_group,
					active: typed.active,
					voicemailId: typed.voicemail_id,
					forceChangePassword: typed.force_change_password,
					agentSettings: rest,
				},
			});
		},
		body: () => exampleBody('Update Agent Details'),
		check: (output) => one(output, { user: '1050', full_name: 'John Doe', voicemail_id: '9999', agentcall_manual: '1' }),
	},
	{
		row: "Get Agent's Inbound Groups",
		parameters: { resource: 'yccAgent', operation: 'getInboundQueues', agentEmail: exampleBody("Get Agent's Inbound Groups").email },
		body: () => exampleBody("Get Agent's Inbound Groups"),
		check: (output) => one(output, { group_id_values: 'AGENTDIRECT', group_rank: 0, daily_limit: -1 }),
	},
	{
		row: "Update Agent's Inbound Groups",
		parameters: () => {
			const body = exampleBody("Update Agent's Inbound Groups");
			return Promise.resolve({ resource: 'yccAgent', operation: 'updateInboundQueues', agentEmail: body.email, inboundQueues: JSON.stringify(body.inbound_array) });
		},
		body: () => exampleBody("Update Agent's Inbound Groups"),
		check: (output) => expect(output).toEqual(exampleBody("Update Agent's Inbound Groups").inbound_array),
	},
	{
		row: 'Delete Agent',
		parameters: { resource: 'yccAgent', operation: 'delete', agentId: byId('1050') },
		query: { user_id: '1050' },
		check: message('Agent deleted'),
	},
	{
		row: 'Get Agent Groups List',
		parameters: { resource: 'agentGroup', operation: 'getAll', returnAll: false, limit: 100000 },
		query: 'limit=100000&page=1',
		check: (output) => expect(output.map((entry) => entry.user_group)).toEqual(['ADMIN', 'AGENTSGROUP', 'TESTGROUP', 'OLDGROUP']),
	},
	{
		row: 'Get Agent Group',
		parameters: { resource: 'agentGroup', operation: 'get', groupId: byId('TESTGROUP') },
		query: { user_group: 'TESTGROUP' },
		check: (output) => one(output, { group_info: { user_group: 'TESTGROUP', group_name: 'Test group' } }),
	},
	{
		row: 'Update Agent Group',
		parameters: () => {
			const [{ user_group, group_name }, rest] = split(exampleBody('Update Agent Group'), ['user_group', 'group_name']);
			return Promise.resolve({ resource: 'agentGroup', operation: 'update', groupId: byId(user_group), groupUpdateFields: { groupName: group_name, groupSettings: rest } });
		},
		body: () => exampleBody('Update Agent Group'),
		check: (output) => one(output, { user_group: 'TESTGROUP', group_name: 'testgroup1', allowed_campaigns: ['-ALL-CAMPAIGNS-'] }),
	},
	{
		row: 'Clone Agent Group',
		parameters: () => {
			const body = exampleBody('Clone Agent Group');
			return Promise.resolve({ resource: 'agentGroup', operation: 'clone', fromGroupId: byId(body.from_user_group), newGroupId: body.user_group });
		},
		body: () => exampleBody('Clone Agent Group'),
		check: (output) => one(output, { user_group: 'TestGroup25', group_name: 'Administrators' }),
	},
	{
		row: 'Delete Agent Group',
		parameters: { resource: 'agentGroup', operation: 'delete', groupId: byId('OLDGROUP') },
		query: { user_id: 'OLDGROUP' },
		check: message('Agent group deleted'),
	},
];
