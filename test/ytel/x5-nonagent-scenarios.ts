/**
 * One scenario per request of the Ytel collection's "CCaaS API/Non-Agent API" folder (21), run by
 * the `ytelContactCenter` node: shared by the engine suite (x5-nonagent-coverage.test.ts) and the
 * real-n8n suite.
 *
 * The collection saves no answer and, for 8 functions, lists only the login: every parameter the
 * row lists is sent (the coverage check requires each), plus the VICIdial document's required
 * ones. Expected queries are written out whole: the function, each parameter, the fixed layout
 * (`stage=tab&header=YES`, `format=tab`, `time_format=S`) and the credential's user, pass and
 * source (`login`). Values match the simulator's seeded records (test/simulators/ytel-x5/non-agent.js).
 */
import type { IDataObject } from 'n8n-workflow';
import { YtelApi } from '../../credentials/YtelApi.credentials';
import { YtelContactCenterApi } from '../../credentials/YtelContactCenterApi.credentials';
import { YtelContactCenter } from '../../nodes/Ytel/YtelContactCenter.node';
import { rowFor, type CoverageScenario } from '../helpers/coverage';
import type { TestEnvironment } from '../helpers/engine';
import { rowsOf } from '../helpers/rows';
import { YTEL_API_TOKEN } from '../helpers/ytel-sim';
import type { YtelX5Sim } from '../helpers/ytel-x5-sim';

const { AGENT_LIST_ACCESS } = require('../simulators/ytel-x5/non-agent.js') as { AGENT_LIST_ACCESS: { ytelToken: string; accountSid: string } };

export const nonAgentRows = rowsOf('Ytel', [['CCaaS API', 'Non-Agent API']]);

/**
 * The API login of these scenarios: a distinctive user name (so "not in any output" is checkable)
 * and a password with characters a query string encodes. Configure the simulator with it first:
 * `sim.configure({ user: NON_AGENT_LOGIN.user, pass: NON_AGENT_LOGIN.pass })`.
 */
export const NON_AGENT_LOGIN = { user: 'n8n-api-CANARY-5150', pass: 'Canary pw&=+%/ü!7x', source: 'n8n-nonagent' };
export { AGENT_LIST_ACCESS };

/** Both credentials the node's Non-Agent operations use (the Ytel API one only on Count Available). */
export const NON_AGENT_CREDENTIALS = { ytelContactCenterApi: { id: 'x5-cred', name: 'x5 credential' }, ytelApi: { id: 'ytel-cred', name: 'Ytel credential' } };

/** The node with both credentials against the x5 simulator; the Ytel API one in API Token mode (the v4 token the simulator accepts). */
export function nonAgentEnvironment(sim: YtelX5Sim, overrides: IDataObject = {}): TestEnvironment {
	return {
		nodeTypes: { ytelContactCenter: new YtelContactCenter() },
		credentialTypes: { ytelContactCenterApi: new YtelContactCenterApi(), ytelApi: new YtelApi() },
		credentials: {
			ytelContactCenterApi: {
				subdomain: '', baseUrl: sim.url, apiUser: NON_AGENT_LOGIN.user, apiPassword: NON_AGENT_LOGIN.pass, source: NON_AGENT_LOGIN.source,
				ytelToken: AGENT_LIST_ACCESS.ytelToken, accountSid: AGENT_LIST_ACCESS.accountSid, requestsPerSecond: 200, ...overrides,
			} as never,
			// Only Count Available sends this token, to the contact centre's address: nothing reaches api.ytel.com.
			ytelApi: { authMode: 'apiToken', apiToken: YTEL_API_TOKEN, email: '', password: '', baseUrl: 'https://api.ytel.com', requestsPerSecond: 200 } as never,
		},
	};
}

/** The credential's three query values, as the simulator's test credential holds them. */
export interface X5Login {
	user: string;
	pass: string;
	source: string;
}

export type NonAgentScenario = CoverageScenario<unknown> & { login: 'x5' | 'x5+token' | 'bearer' };

const one = (output: IDataObject[], expected: IDataObject) => {
	expect(output).toHaveLength(1);
	expect(output[0]).toMatchObject(expected);
};

const LEAD_FIELDS = {
	firstName: 'Bob',
	lastName: 'Wilson',
	email: 'bob@example.com',
	altPhone: '7275551213',
	address1: '1234 Main St.',
	address2: 'Suite 5',
	address3: 'Building B',
	city: 'Chicago Heights',
	state: 'IL',
	province: 'Cook',
	postalCode: '60411',
	countryCode: 'USA',
	vendorLeadCode: 'CRM-1000019',
	sourceId: 'webform',
	gmtOffsetNow: '-6.00',
	title: 'Mr',
	middleInitial: 'J',
	dateOfBirth: '1980-04-21',
	securityPhrase: 'blue sky',
	comments: 'Asked for a call back',
	rank: '5',
	owner: '1000',
	gender: 'M',
};
/** The same values under their x5 names. */
const LEAD_QUERY = {
	first_name: 'Bob',
	last_name: 'Wilson',
	email: 'bob@example.com',
	alt_phone: '7275551213',
	address1: '1234 Main St.',
	address2: 'Suite 5',
	address3: 'Building B',
	city: 'Chicago Heights',
	state: 'IL',
	province: 'Cook',
	postal_code: '60411',
	country_code: 'USA',
	vendor_lead_code: 'CRM-1000019',
	source_id: 'webform',
	gmt_offset_now: '-6.00',
	title: 'Mr',
	middle_initial: 'J',
	date_of_birth: '1980-04-21',
	security_phrase: 'blue sky',
	comments: 'Asked for a call back',
	rank: '5',
	owner: '1000',
	gender: 'M',
};

const CALLBACK = { callbackStatus: 'CALLBK', callbackDatetime: '2026-12-10 14:00:00', callbackType: 'USERONLY', callbackUser: '1000', callbackComments: 'Call after lunch' };
const CALLBACK_QUERY = { callback_status: 'CALLBK', callback_datetime: '2026-12-10+14:00:00', callback_type: 'USERONLY', callback_user: '1000', callback_comments: 'Call after lunch' };

/** The scenarios, with the credential's login in every expected query. */
export function nonAgentScenarios(login: X5Login, agentList: { ytelToken: string; accountSid: string }): NonAgentScenario[] {
	const x5 = { user: login.user, pass: login.pass, source: login.source };
	return [
		{
			row: 'vm_list',
			login: 'x5',
			parameters: { resource: 'voicemailBox', operation: 'getAll', voicemailOptions: { comments: 'fieldname' } },
			query: { function: 'vm_list', format: 'tab', comments: 'fieldname', ...x5 },
			check: (output) =>
				expect(output).toEqual([
					{ voicemail_id: '8300', fullname: 'Sales voicemail', email: 'sales@example.com' },
					{ voicemail_id: '8301', fullname: 'Support voicemail', email: '' },
				]),
		},
		{
			row: 'blind_monitor',
			login: 'x5',
			parameters: { resource: 'agent', operation: 'monitor', sessionId: '8600051', phoneLogin: '350a', serverIp: '10.10.10.16', monitorMode: 'BARGE' },
			query: { function: 'blind_monitor', phone_login: '350a', session_id: '8600051', server_ip: '10.10.10.16', stage: 'BARGE', ...x5 },
			check: (output) => one(output, { success: true, message: 'blind_monitor HAS BEEN LAUNCHED', phone_login: '350a', conference_dial: '010*010*010*016*350', session_id: 8600051 }),
		},
		{
			row: 'agent_ingroup_info',
			login: 'x5',
			parameters: { resource: 'agent', operation: 'getInGroups', agentUser: '1000' },
			query: { function: 'agent_ingroup_info', stage: 'text', agent_user: '1000', ...x5 },
			check: (output) =>
				expect(output).toEqual([{ success: true, agent_user: '1000', selected_ingroups: ['SALESLINE', 'SUPPORT'], outbound_autodial: 'Y', manager_override: 'N', manager: '' }]),
		},
		{
			row: 'recording_lookup',
			login: 'x5',
			parameters: { resource: 'recording', operation: 'getAll', agentUser: '1000', date: '2026-12-01', leadId: '876409', uniqueid: '1796116364.1' },
			query: { function: 'recording_lookup', agent_user: '1000', lead_id: '876409', date: '2026-12-01', uniqueid: '1796116364.1', stage: 'tab', header: 'YES', ...x5 },
			check: (output) =>
				expect(output).toEqual([
					{ start_time: '2026-12-01T09:12:44', user: '1000', recording_id: 534820, lead_id: 876409, location: 'https://recordings.example.com/20261201_091244_7275551212_1000-all.wav' },
				]),
		},
		{
			row: 'did_log_export',
			login: 'x5',
			parameters: { resource: 'report', operation: 'exportDidLog', didNumber: '3125551212', didDate: '2026-12-01' },
			query: { function: 'did_log_export', phone_number: '3125551212', date: '2026-12-01', stage: 'tab', header: 'YES', ...x5 },
			check: (output) =>
				expect(output).toEqual([
					{ did_number: '3125551212', call_date: '2026-12-01T08:30:05', caller_id_number: '7275551212', length_in_sec: 123 },
					{ did_number: '3125551212', call_date: '2026-12-01T11:47:51', caller_id_number: '8155550199', length_in_sec: 0 },
				]),
		},
		{
			row: 'agent_stats_export',
			login: 'x5',
			parameters: { resource: 'report', operation: 'exportAgentStats', datetimeStart: '2026-12-01 00:00:00', datetimeEnd: '2026-12-01 23:59:59', agentUser: '1029' },
			query: { function: 'agent_stats_export', datetime_start: '2026-12-01+00:00:00', datetime_end: '2026-12-01+23:59:59', agent_user: '1029', stage: 'tab', header: 'YES', time_format: 'S', ...x5 },
			check: (output) =>
				expect(output).toEqual([
					{
						user: '1029', full_name: 'Lee Park', user_group: 'AGENTS', calls: 1, login_time: 112, total_talk_time: 16, avg_talk_time: 16, avg_wait_time: 18,
						pct_of_queue: 16.7, pause_time: 54, sessions: 3, avg_session: 37, pauses: 5, avg_pause_time: 11, pause_pct: 48.2, pauses_per_session: 2,
						wait_time: 32, talk_time: 16, dispo_time: 22, dead_time: 0,
					},
				]),
		},
		{
			row: 'add_lead',
			login: 'x5',
			parameters: {
				resource: 'lead',
				operation: 'create',
				phoneNumber: '7275551212',
				listId: '999',
				phoneCode: '1',
				leadFields: { ...LEAD_FIELDS, multiAltPhones: '7275551214_1_work!7275551215_1_sister' },
				customFields: { field: [{ label: 'favorite_color', value: 'blue' }] },
				leadSettings: {
					addToHopper: 'Y', hopperPriority: '99', campaignId: 'TESTCAMP', dncCheck: 'N', campaignDncCheck: 'Y', duplicateCheck: 'DUPLIST', usacanPrefixCheck: 'Y',
					usacanAreacodeCheck: 'Y', tzMethod: 'POSTAL', callback: 'Y', ...CALLBACK,
				},
			},
			query: {
				function: 'add_lead', phone_number: '7275551212', list_id: '999', phone_code: '1', ...LEAD_QUERY, multi_alt_phones: '7275551214_1_work!7275551215_1_sister',
				custom_fields: 'Y', favorite_color: 'blue', add_to_hopper: 'Y', hopper_priority: '99', campaign_id: 'TESTCAMP', dnc_check: 'N', campaign_dnc_check: 'Y',
				duplicate_check: 'DUPLIST', usacan_prefix_check: 'Y', usacan_areacode_check: 'Y', tz_method: 'POSTAL', callback: 'Y', ...CALLBACK_QUERY, ...x5,
			},
			check: (output) =>
				one(output, {
					success: true, message: 'add_lead LEAD HAS BEEN ADDED', phone_number: '7275551212', list_id: '999', lead_id: 193716, gmt_offset_now: -5,
					notices: [{ message: 'add_lead ADDED TO HOPPER' }],
				}),
		},
		{
			row: 'update_lead',
			login: 'x5',
			parameters: {
				resource: 'lead',
				operation: 'update',
				leadId: '193715',
				searchPhoneNumber: '7275551111',
				leadFields: { ...LEAD_FIELDS, province: '', status: 'CALLBK', userField: '1000', listIdField: '107', calledCount: '2' },
				leadFieldsToClear: ['province'],
				customFields: { field: [{ label: 'favorite_color', value: 'red' }] },
				updateSettings: {
					searchMethod: 'LEAD_ID', searchLocation: 'SYSTEM', insertIfNotFound: 'N', records: '1', noUpdate: 'N', deleteLead: 'N', resetLead: 'Y', updateCallback: 'Y', ...CALLBACK,
					addToHopper: 'Y', hopperPriority: '10', campaignId: 'TESTCAMP', hopperLocalCallTimeCheck: 'Y', addToDnc: 'N', customOverride: 'N', fromYtelApi: 'Y', updateNumber: 'N',
					addToFilterPhoneGroup: 'Y', filterPhoneGroupId: '1111',
				},
			},
			query: {
				function: 'update_lead', lead_id: '193715', phone_number: '7275551111', ...LEAD_QUERY, province: '--BLANK--', status: 'CALLBK', user_field: '1000', list_id_field: '107',
				called_count: '2', custom_fields: 'Y', favorite_color: 'red', search_method: 'LEAD_ID', search_location: 'SYSTEM', insert_if_not_found: 'N', records: '1', no_update: 'N',
				delete_lead: 'N', reset_lead: 'Y', callback: 'Y', ...CALLBACK_QUERY, add_to_hopper: 'Y', hopper_priority: '10', campaign_id: 'TESTCAMP', hopper_local_call_time_check: 'Y',
				ADDTODNC: 'N', custom_override: 'N', from_ytel_api: 'Y', updateNumber: 'N', addToFilterPhoneGroup: 'Y', filter_phone_group_id: '1111', ...x5,
			},
			check: (output) => one(output, { success: true, message: 'update_lead LEAD HAS BEEN UPDATED', lead_id: 193715 }),
		},
		{
			row: 'add_user',
			login: 'x5',
			parameters: {
				resource: 'x5User', operation: 'create', agentUser: '1050', agentPass: 'agent-pass-9', agentFullName: 'Testing Person', agentUserLevel: '1', agentUserGroup: 'AGENTS',
				userFields: { email: 'testing@example.com', voicemailId: '8300', phoneLogin: 'cc100', phonePass: 'test', hotkeysActive: '1', customOne: 'jjjj', wrapupSecondsOverride: '30', inGroups: 'SALESLINE|SUPPORT' },
			},
			query: {
				function: 'add_user', agent_user: '1050', agent_pass: 'agent-pass-9', agent_full_name: 'Testing Person', agent_user_level: '1', agent_user_group: 'AGENTS',
				email: 'testing@example.com', voicemail_id: '8300', phone_login: 'cc100', phone_pass: 'test', hotkeys_active: '1', custom_one: 'jjjj', wrapup_seconds_override: '30',
				in_groups: 'SALESLINE|SUPPORT', ...x5,
			},
			// The answer echoes the API password third: not in the item.
			check: (output) =>
				expect(output).toEqual([{ success: true, message: 'add_user USER HAS BEEN ADDED', agent_user: '1050', agent_user_level: 1, agent_full_name: 'Testing+Person', agent_user_group: 'AGENTS' }]),
		},
		{
			row: 'update_user',
			login: 'x5',
			parameters: {
				resource: 'x5User',
				operation: 'update',
				agentUser: '1029',
				userUpdateFields: {
					agentPass: 'new-pass-77', agentFullName: 'Lee Park-Smith', agentUserGroup: 'ADMIN', voicemailId: '8301', email: 'lee@example.com', active: 'Y',
					campaignRank: '3', campaignGrade: '4', campaignRankGradeOnly: '1', campaignId: 'TESTCAMP', inGroupRank: '-2', inGroupGrade: '10', inGroupRankGradeOnly: '1', inGroupId: 'SALESLINE',
				},
			},
			query: {
				function: 'update_user', agent_user: '1029', agent_pass: 'new-pass-77', agent_full_name: 'Lee Park-Smith', agent_user_group: 'ADMIN', voicemail_id: '8301',
				email: 'lee@example.com', active: 'Y', campaign_rank: '3', campaign_grade: '4', camp_rg_only: '1', campaign_id: 'TESTCAMP', in_group_rank: '-2', in_group_grade: '10',
				in_group_rg_only: '1', in_group_id: 'SALESLINE', ...x5,
			},
			check: (output) =>
				one(output, {
					success: true, message: 'update_user USER HAS BEEN UPDATED', agent_user: '1029',
					notices: [{ message: 'update_user USER CAMPAIGN RANKS/GRADES HAVE BEEN UPDATED' }, { message: 'update_user USER IN-GROUP RANKS/GRADES HAVE BEEN UPDATED' }],
				}),
		},
		{
			row: 'add_phone',
			login: 'x5',
			parameters: {
				resource: 'phone', operation: 'create', extension: '55000', serverIp: '192.168.198.5', dialplanNumber: '55000', voicemailId: '55000', phoneLogin: '55000', phonePass: 'test',
				protocol: 'SIP', registrationPassword: 'reg-test', phoneFullName: 'Extension 55000', localGmt: '-5.00', outboundCid: '7275551212',
				phoneFields: { phoneContext: 'default', email: 'test@example.com', isWebphone: 'Y_API_LAUNCH', onHookAgent: 'N' },
			},
			query: {
				function: 'add_phone', extension: '55000', server_ip: '192.168.198.5', dialplan_number: '55000', voicemail_id: '55000', phone_login: '55000', phone_pass: 'test',
				protocol: 'SIP', registration_password: 'reg-test', phone_full_name: 'Extension 55000', local_gmt: '-5.00', outbound_cid: '7275551212', phone_context: 'default',
				email: 'test@example.com', is_webphone: 'Y_API_LAUNCH', on_hook_agent: 'N', ...x5,
			},
			check: (output) => one(output, { success: true, message: 'add_phone PHONE HAS BEEN ADDED', extension: '55000', server_ip: '192.168.198.5', protocol: 'SIP', dialplan_number: '55000' }),
		},
		{
			row: 'update_phone',
			login: 'x5',
			parameters: {
				resource: 'phone', operation: 'update', extension: 'cc100', serverIp: '192.168.198.5',
				phoneUpdateFields: { protocol: 'IAX2', phoneFullName: 'Front desk', outboundCid: '7275559999', phoneRingTimeout: '45' },
				phoneFieldsToClear: ['outbound_alt_cid'],
			},
			query: { function: 'update_phone', extension: 'cc100', server_ip: '192.168.198.5', protocol: 'IAX2', phone_full_name: 'Front desk', outbound_cid: '7275559999', phone_ring_timeout: '45', outbound_alt_cid: '--BLANK--', ...x5 },
			check: (output) => one(output, { success: true, message: 'update_phone PHONE HAS BEEN UPDATED', extension: 'cc100', protocol: 'IAX2', dialplan_number: '100' }),
		},
		{
			row: 'add_phone_alias',
			login: 'x5',
			parameters: { resource: 'phone', operation: 'createAlias', aliasId: 'front100', aliasName: 'Front desk', phoneLogins: 'cc100, cc101' },
			query: { function: 'add_phone_alias', alias_id: 'front100', alias_name: 'Front desk', phone_logins: 'cc100,cc101', ...x5 },
			check: (output) => one(output, { success: true, message: 'add_phone_alias PHONE ALIAS HAS BEEN ADDED', alias_id: 'front100', alias_name: 'Front_desk', phone_logins: 'cc100,cc101' }),
		},
		{
			row: 'update_phone_alias',
			login: 'x5',
			parameters: { resource: 'phone', operation: 'updateAlias', aliasId: 'xyz100', aliasName: 'XYZ testing X', phoneLogins: 'cc100,350a' },
			query: { function: 'update_phone_alias', alias_id: 'xyz100', alias_name: 'XYZ testing X', phone_logins: 'cc100,350a', ...x5 },
			check: (output) => one(output, { success: true, message: 'update_phone_alias PHONE ALIAS HAS BEEN UPDATED', alias_id: 'xyz100' }),
		},
		{
			row: 'add_list',
			login: 'x5',
			parameters: {
				resource: 'list', operation: 'create', listId: '1102', listName: 'Winter leads', campaignId: 'TESTCAMP',
				listFields: { active: 'Y', listDescription: 'From the winter form', outboundCid: '7275551212', resetTime: '0900-1700', expirationDate: '2027-06-30', listTzMethod: 'POSTAL_CODE' },
			},
			query: {
				function: 'add_list', list_id: '1102', list_name: 'Winter leads', campaign_id: 'TESTCAMP', active: 'Y', list_description: 'From the winter form', outbound_cid: '7275551212',
				reset_time: '0900-1700', expiration_date: '2027-06-30', tz_method: 'POSTAL_CODE', ...x5,
			},
			check: (output) => one(output, { success: true, message: 'add_list LIST HAS BEEN ADDED', list_id: 1102, campaign_id: 'TESTCAMP' }),
		},
		{
			row: 'update_list',
			login: 'x5',
			parameters: { resource: 'list', operation: 'update', listId: '1101', listUpdateFields: { listName: 'Spring leads 2027', active: 'Y', resetList: 'Y' }, listFieldsToClear: ['list_description'] },
			query: { function: 'update_list', list_id: '1101', list_name: 'Spring leads 2027', active: 'Y', reset_list: 'Y', list_description: '--BLANK--', ...x5 },
			check: (output) => one(output, { success: true, message: 'update_list LIST HAS BEEN UPDATED', list_id: 1101, notices: [{ message: 'update_list LEADS IN LIST HAVE BEEN RESET' }] }),
		},
		{
			row: 'moh_list',
			login: 'x5',
			parameters: { resource: 'audio', operation: 'getMusicOnHold', mohOptions: { comments: 'holdfield' } },
			query: { function: 'moh_list', format: 'tab', comments: 'holdfield', ...x5 },
			check: (output) =>
				expect(output).toEqual([
					{ moh_id: 'default', moh_name: 'Default hold music', random: 'N' },
					{ moh_id: 'jazz', moh_name: 'Jazz loop', random: 'Y' },
				]),
		},
		{
			row: 'sounds_list',
			login: 'x5',
			parameters: { resource: 'audio', operation: 'getAll', audioOptions: { sortBy: 'size', comments: 'audiofield' } },
			query: { function: 'sounds_list', format: 'tab', stage: 'size', comments: 'audiofield', ...x5 },
			check: (output) =>
				expect(output).toEqual([
					{ position: 0, filename: 'after-hours.wav', date: '2026-12-01T08:00:00', size: 96088, epoch: 1796112000 },
					{ position: 1, filename: 'welcome.wav', date: '2026-11-30T10:15:00', size: 48044, epoch: 1796033700 },
					{ position: 2, filename: 'hold-notice.gsm', date: '2026-11-28T17:45:30', size: 12150, epoch: 1795887930 },
				]),
		},
		{
			row: 'add_fpg_phone',
			login: 'x5',
			parameters: { resource: 'filterPhoneGroup', operation: 'addNumber', fpgPhoneNumber: '9998881112', groupId: '1111' },
			query: { function: 'add_fpg_phone', phone_number: '9998881112', group_id: '1111', ...x5 },
			check: (output) => one(output, { success: true, message: 'add_fpg_phone FILTER PHONE GROUP NUMBER HAS BEEN ADDED', phone_number: '9998881112', group_id: '1111' }),
		},
		{
			row: 'agent_list',
			login: 'x5+token',
			parameters: { resource: 'agent', operation: 'getAll' },
			query: { action_type: 'agent_list', ytel_token: agentList.ytelToken, accountSid: agentList.accountSid, ...x5 },
			check: (output) =>
				expect(output).toEqual([
					{ user: '1000', full_name: 'Dana Reyes', user_level: 1, user_group: 'AGENTS', active: 'Y' },
					{ user: '1029', full_name: 'Lee Park', user_level: 1, user_group: 'AGENTS', active: 'N' },
				]),
		},
		{
			row: 'available_agents_totals',
			login: 'bearer',
			parameters: { resource: 'agent', operation: 'countAvailable', ingroupId: 'SALESLINE' },
			// The API user and source of the contact centre credential; never its password.
			query: { action_type: 'available_agents_totals', ingroupid: 'SALESLINE', user: login.user, source: login.source },
			check: (output) => one(output, { ingroupid: 'SALESLINE', total_agents: 4, available_agents: 2 }),
		},
	];
}

export const nonAgentRowOf = (scenario: NonAgentScenario) => rowFor(nonAgentRows, scenario);
