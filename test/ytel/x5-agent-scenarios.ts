/**
 * One scenario per request of the Ytel collection's "CCaaS API/Agent API" folder (21 x5
 * functions on `/x5/api/agent.php`), run by the `ytelContactCenter` node: shared by the engine
 * suite (x5-agent-coverage.test.ts) and the real-n8n suite (ytel-contact-center.e2e.ts).
 *
 * Each scenario fills every parameter of its row (the collection saved no values) and expects the
 * exact query: the function, every parameter, and the credential's `user`, `pass` and `source`.
 * The answers are the x5 simulator's, in the forms of Ytel's (VICIdial's) Agent API document.
 */
import type { IDataObject } from 'n8n-workflow';
import { YtelContactCenterApi } from '../../credentials/YtelContactCenterApi.credentials';
import { YtelContactCenter } from '../../nodes/Ytel/YtelContactCenter.node';
import type { CoverageScenario } from '../helpers/coverage';
import type { TestEnvironment } from '../helpers/engine';
import { rowsOf, type EndpointRow } from '../helpers/rows';
import { X5_LOGIN, type YtelX5Sim } from '../helpers/ytel-x5-sim';

export const x5AgentRows: EndpointRow[] = rowsOf('Ytel', [['CCaaS API', 'Agent API']]);

/** The credential's Source in every scenario. */
export const X5_SOURCE = 'n8n-x5-test';

/** A password with characters a query string encodes (space, &, =, +, %, /, ü), so its encoded forms differ. */
export const CANARY_PASSWORD = 'Canary pw&=+%/ü!7x';

export function x5Credentials(sim: YtelX5Sim, overrides: IDataObject = {}): IDataObject {
	return { subdomain: '', baseUrl: sim.url, apiUser: X5_LOGIN.user, apiPassword: X5_LOGIN.pass, source: X5_SOURCE, ytelToken: '', accountSid: '', requestsPerSecond: 200, ...overrides };
}

export function x5Environment(sim: YtelX5Sim, overrides: IDataObject = {}): TestEnvironment {
	return {
		nodeTypes: { ytelContactCenter: new YtelContactCenter() },
		credentialTypes: { ytelContactCenterApi: new YtelContactCenterApi() },
		credentials: { ytelContactCenterApi: x5Credentials(sim, overrides) as never },
	};
}

export type X5Scenario = CoverageScenario<YtelX5Sim>;

/** The query every request carries besides its own: the function and the credential's login. */
export const loginQuery = (fn: string, source = X5_SOURCE, login = X5_LOGIN): Record<string, string> => ({
	function: fn,
	user: login.user,
	pass: login.pass,
	source,
});

const one = (output: IDataObject[], expected: IDataObject) => {
	expect(output).toHaveLength(1);
	expect(output[0]).toEqual(expected);
};

/** Seeded by the simulator (test/simulators/ytel-x5/agent.js). */
export const AGENT = '1000';
export const REMOTE_AGENT = '1028';
export const REMOTE_CALL = 'Y0316001655000402028';
export const CRM_AGENT = '876543';
export const CRM_TEAM = '207';

/** The lead fields in the API's names with a value each (distinct), and the node's collection for them. */
const LEAD_VALUES: Record<string, string> = {
	address1: '1 Main St',
	address2: 'Suite 5',
	address3: '7275551214',
	alt_phone: '7275551213',
	city: 'Tampa',
	comments: 'Asked for a quote',
	country_code: 'USA',
	date_of_birth: '1980-05-17',
	email: 'bob@example.com',
	first_name: 'Bob',
	gender: 'M',
	gmt_offset_now: '-5.00',
	last_name: 'Smith',
	middle_initial: 'J',
	phone_number: '7275551299',
	phone_code: '1',
	postal_code: '33601',
	province: 'Hillsborough',
	security_phrase: 'blue',
	source_id: 'WEB',
	state: 'FL',
	title: 'Mr.',
	vendor_lead_code: 'VL-77',
	rank: '10',
	owner: '1001',
};
const camel = (name: string) => name.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
export const leadCollection = (values: Record<string, string>): IDataObject => Object.fromEntries(Object.entries(values).map(([name, value]) => [camel(name), value]));

const session = (operation: string, more: IDataObject = {}): IDataObject => ({ resource: 'agentSession', operation, agentUser: AGENT, ...more });

export const x5AgentScenarios: X5Scenario[] = [
	{
		row: 'external_hangup',
		parameters: session('hangup', { browserOptions: { closeWindowLink: '1' } }),
		query: { ...loginQuery('external_hangup'), agent_user: AGENT, close_window_link: '1' },
		check: (output) => one(output, { success: true, message: 'external_hangup function set', value: '1', agentUser: AGENT }),
	},
	{
		row: 'external_status',
		parameters: session('setStatus', {
			dispositionStatus: 'CALLBK',
			callback: { callbackDatetime: '2026-01-25T12:00:00', callbackType: 'USERONLY', callbackComments: 'after lunch' },
			qmDispoCode: '1234',
			browserOptions: { closeWindowLink: '1', language: 'es' },
		}),
		query: {
			...loginQuery('external_status'),
			agent_user: AGENT,
			value: 'CALLBK',
			callback_datetime: '2026-01-25 12:00:00',
			callback_type: 'USERONLY',
			callback_comments: 'after lunch',
			qm_dispo_code: '1234',
			close_window_link: '1',
			language: 'es',
		},
		check: (output) => one(output, { success: true, message: 'external_status function set', status: 'CALLBK', agentUser: AGENT }),
	},
	{
		row: 'external_pause',
		parameters: session('pause', { pauseAction: 'PAUSE' }),
		query: { ...loginQuery('external_pause'), agent_user: AGENT, value: 'PAUSE' },
		check: (output) => one(output, { success: true, message: 'external_pause function set', value: 'PAUSE', epoch: expect.any(Number), agentUser: AGENT }),
	},
	{
		row: 'external_dial',
		parameters: {
			resource: 'agentSession',
			operation: 'dial',
			altUser: CRM_AGENT,
			dialNumber: '7275551212',
			leadId: '123456',
			phoneCode: '1',
			search: 'YES',
			preview: 'NO',
			focus: 'YES',
			vendorId: 'VL-1',
			dialPrefix: '88',
			groupAlias: 'DEFAULT',
			altDial: 'ALT',
		},
		query: {
			...loginQuery('external_dial'),
			alt_user: CRM_AGENT,
			value: '7275551212',
			lead_id: '123456',
			phone_code: '1',
			search: 'YES',
			preview: 'NO',
			focus: 'YES',
			vendor_id: 'VL-1',
			dial_prefix: '88',
			group_alias: 'DEFAULT',
			alt_dial: 'ALT',
		},
		check: (output) =>
			one(output, {
				success: true,
				message: 'external_dial function set',
				phoneNumber: '7275551212',
				agentUser: AGENT,
				phoneCode: '1',
				search: 'YES',
				preview: 'NO',
				focus: 'YES',
				leadId: 123456,
				epoch: expect.any(Number),
				dialPrefix: '88',
				groupAlias: 'DEFAULT',
				callerIdNumber: '',
			}),
	},
	{
		row: 'preview_dial_action',
		parameters: session('previewDialAction', { previewAction: 'DIALONLY' }),
		query: { ...loginQuery('preview_dial_action'), agent_user: AGENT, value: 'DIALONLY' },
		check: (output) => one(output, { success: true, message: 'preview_dial_action function set', value: 'DIALONLY', agentUser: AGENT, action: 'DIALONLY' }),
	},
	{
		row: 'external_add_lead',
		parameters: { resource: 'agentLead', operation: 'addLead', agentUser: AGENT, dncCheck: 'YES', campaignDncCheck: 'NO', leadFields: leadCollection(LEAD_VALUES) },
		query: { ...loginQuery('external_add_lead'), agent_user: AGENT, dnc_check: 'YES', campaign_dnc_check: 'NO', ...LEAD_VALUES },
		check: (output) =>
			one(output, { success: true, message: 'lead added', phoneNumber: LEAD_VALUES.phone_number, campaignId: 'TESTCAMP', listId: 101, leadId: 200001, agentUser: AGENT }),
	},
	{
		row: 'change_ingroups',
		parameters: { resource: 'agentSession', operation: 'changeIngroups', ingroupChange: 'ADD', ingroupChoices: 'TEST_IN2 TEST_IN4', blended: 'NO', setAsDefault: 'YES' },
		query: { ...loginQuery('change_ingroups'), value: 'ADD', ingroup_choices: 'TEST_IN2 TEST_IN4', blended: 'NO', set_as_default: 'YES' },
		check: (output) =>
			one(output, { success: true, message: 'change_ingroups function set', blended: 'NO', ingroups: 'TEST_IN SALESLINE TEST_IN2 TEST_IN4 -', agentUser: AGENT }),
	},
	{
		row: 'update_fields',
		parameters: {
			resource: 'agentLead',
			operation: 'updateFields',
			agentUser: AGENT,
			updateFields: leadCollection(Object.fromEntries(Object.entries(LEAD_VALUES).filter(([name]) => name !== 'comments'))),
			fieldsToClear: ['comments'],
		},
		query: { ...loginQuery('update_fields'), agent_user: AGENT, ...LEAD_VALUES, comments: '--BLANK--' },
		check: (output) => {
			expect(output).toHaveLength(1);
			// The API user comes back in the answer: output masked, like every form of the login.
			expect(output[0]).toMatchObject({ success: true, message: 'update_fields lead updated', user: '[redacted]', agentUser: AGENT, leadId: 123456 });
			expect(String(output[0].fieldsUpdated)).toContain("comments=''");
			expect(String(output[0].fieldsUpdated)).toContain("owner='1001'");
		},
	},
	{
		row: 'set_timer_action',
		parameters: session('setTimerAction', { timerAction: 'MESSAGE_ONLY', notes: 'Offer the upgrade', timerSeconds: '15' }),
		query: { ...loginQuery('set_timer_action'), agent_user: AGENT, value: 'MESSAGE_ONLY', notes: 'Offer the upgrade', rank: '15' },
		check: (output) => expect(output[0]).toMatchObject({ success: true, message: 'set_timer_action lead updated', agentUser: AGENT, action: 'MESSAGE_ONLY', notes: 'Offer the upgrade', seconds: 15 }),
	},
	{
		row: 'st_login_log',
		parameters: { resource: 'crmAgent', operation: 'logLogin', crmAgentId: CRM_AGENT, crmTeamId: CRM_TEAM },
		query: { ...loginQuery('st_login_log'), value: CRM_AGENT, vendor_id: CRM_TEAM },
		check: (output) => one(output, { success: true, message: 'st_login_log user found', agentUser: AGENT }),
	},
	{
		row: 'st_get_agent_active_lead',
		parameters: { resource: 'crmAgent', operation: 'getActiveLead', crmAgentId: CRM_AGENT, crmTeamId: CRM_TEAM },
		query: { ...loginQuery('st_get_agent_active_lead'), value: CRM_AGENT, vendor_id: CRM_TEAM },
		check: (output) =>
			one(output, {
				success: true,
				message: 'st_get_agent_active_lead lead found',
				agentUser: AGENT,
				phoneNumber: '7275551212',
				leadId: 123456,
				vendorLeadCode: '9987-1234765',
				province: 'SK',
				securityPhrase: 'WILLIAMS',
				sourceId: 'JUH764AJJJ9',
			}),
	},
	{
		row: 'ra_call_control',
		parameters: {
			resource: 'agentSession',
			operation: 'remoteAgentCallControl',
			agentUser: REMOTE_AGENT,
			callId: REMOTE_CALL,
			callStage: 'INGROUPTRANSFER',
			transferIngroup: 'DEFAULTINGROUP',
			transferNumber: '8500',
			status: 'RAXFER',
		},
		query: { ...loginQuery('ra_call_control'), agent_user: REMOTE_AGENT, value: REMOTE_CALL, stage: 'INGROUPTRANSFER', ingroup_choices: 'DEFAULTINGROUP', phone_number: '8500', status: 'RAXFER' },
		check: (output) => one(output, { success: true, message: 'ra_call_control transferred', agentUser: REMOTE_AGENT, callId: REMOTE_CALL, result: 'DEFAULTINGROUP' }),
	},
	{
		row: 'send_dtmf',
		parameters: session('sendDtmf', { dtmfTones: 'QQ1234#' }),
		query: { ...loginQuery('send_dtmf'), agent_user: AGENT, value: 'QQ1234#' },
		check: (output) => one(output, { success: true, message: 'send_dtmf function set', value: 'QQ1234#', agentUser: AGENT }),
	},
	{
		row: 'transfer_conference',
		parameters: session('transferConference', {
			transferAction: 'DIAL_WITH_CUSTOMER',
			transferNumber: '919998888112',
			transferIngroup: 'SALESLINE',
			consultative: 'YES',
			dialOverride: 'NO',
			groupAlias: 'TESTING',
		}),
		query: {
			...loginQuery('transfer_conference'),
			agent_user: AGENT,
			value: 'DIAL_WITH_CUSTOMER',
			phone_number: '919998888112',
			ingroup_choices: 'SALESLINE',
			consultative: 'YES',
			dial_override: 'NO',
			group_alias: 'TESTING',
		},
		check: (output) =>
			one(output, {
				success: true,
				message: 'transfer_conference function set',
				value: 'DIAL_WITH_CUSTOMER',
				ingroup: 'SALESLINE',
				phoneNumber: '919998888112',
				consultative: 'YES',
				agentUser: AGENT,
				callId: 'M2141842580000000044',
			}),
	},
	{
		row: 'park_call',
		parameters: session('parkCall', { parkAction: 'PARK_IVR_CUSTOMER' }),
		query: { ...loginQuery('park_call'), agent_user: AGENT, value: 'PARK_IVR_CUSTOMER' },
		check: (output) => one(output, { success: true, message: 'park_call function set', value: 'PARK_IVR_CUSTOMER', agentUser: AGENT }),
	},
	{
		row: 'logout',
		parameters: session('logout'),
		query: { ...loginQuery('logout'), agent_user: AGENT, value: 'LOGOUT' },
		check: (output) => one(output, { success: true, message: 'logout function set', value: 'LOGOUT', epoch: expect.any(Number), agentUser: AGENT }),
	},
	{
		row: 'recording',
		parameters: session('recording', { recordingAction: 'START', recordingSuffix: '_MIDCALL' }),
		query: { ...loginQuery('recording'), agent_user: AGENT, value: 'START', stage: '_MIDCALL' },
		check: (output) =>
			one(output, {
				success: true,
				message: 'recording function sent',
				agentUser: AGENT,
				recordingId: 'START_MIDCALL',
				filename: '',
				server: '',
				startTime: '',
				agentServer: '192.168.1.5',
				session: '8600051',
				agentStatus: 'PAUSED',
			}),
	},
	{
		row: 'webserver',
		parameters: { resource: 'webServer', operation: 'getInfo' },
		query: loginQuery('webserver'),
		check: (output) => {
			expect(output).toHaveLength(1);
			expect(output[0]).toMatchObject({ 'set.timezone': 'America/New_York', 'host name': 'x5-web-1', 'max_execution_time': '360' });
		},
	},
	{
		row: 'webphone_url',
		parameters: session('getWebphoneUrl'),
		query: { ...loginQuery('webphone_url'), agent_user: AGENT, value: 'DISPLAY' },
		check: (output) => one(output, { url: 'https://phone.ytel.example/webphone?session=8600051' }),
	},
	{
		row: 'call_agent',
		parameters: session('callAgent'),
		query: { ...loginQuery('call_agent'), agent_user: AGENT, value: 'CALL' },
		check: (output) => one(output, { success: true, message: 'call_agent function sent', agentUser: AGENT }),
	},
	{
		row: 'pause_code',
		parameters: session('setPauseCode', { pauseCode: 'BREAK' }),
		query: { ...loginQuery('pause_code'), agent_user: AGENT, value: 'BREAK' },
		check: (output) => one(output, { success: true, message: 'pause_code function sent', agentUser: AGENT }),
	},
];
