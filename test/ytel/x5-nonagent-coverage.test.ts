/**
 * Every request of the Ytel collection's "CCaaS API/Non-Agent API" folder (21) executed by the
 * `ytelContactCenter` node through n8n-core's engine against the x5 simulator: each matched to its
 * row by method and path, with the exact query (the function, every parameter, the fixed layout,
 * the credential's user, pass and source; Count Available: the v4 bearer token with the API user
 * and source, never the password), and its answer read into named, typed fields.
 *
 * Then: ERROR lines as errors (the login's refusal read as a credential problem), bad input refused
 * by name before sending, `--BLANK--` sent, and the API user and password (a canary with characters
 * a query string encodes) in none of their forms in what a run leaves, errors included.
 */
import type { IDataObject } from 'n8n-workflow';
import { resetPacing } from '../../nodes/shared/pacing';
import { resetTokenExchanges } from '../../nodes/shared/tokenExchange';
import { expectRequestMatches, expectScenarioOutput, parametersOf, type LoggedRequest } from '../helpers/coverage';
import { runNode, testNode, type NodeRun } from '../helpers/engine';
import { expectNoSecrets } from '../helpers/secrets';
import { YTEL_API_TOKEN } from '../helpers/ytel-sim';
import { useYtelX5Sim } from '../helpers/ytel-x5-sim';
import { AGENT_LIST_ACCESS, NON_AGENT_CREDENTIALS, NON_AGENT_LOGIN as LOGIN, nonAgentEnvironment, nonAgentRowOf, nonAgentRows as rows, nonAgentScenarios } from './x5-nonagent-scenarios';

const sim = useYtelX5Sim();
beforeEach(async () => {
	resetPacing();
	resetTokenExchanges();
	await sim.configure({ user: LOGIN.user, pass: LOGIN.pass });
});

const node = (parameters: IDataObject) => testNode('ytelContactCenter', parameters, { credentials: NON_AGENT_CREDENTIALS });
const SECRETS = [LOGIN.user, LOGIN.pass, AGENT_LIST_ACCESS.ytelToken, YTEL_API_TOKEN];

function expectNoLogin(result: NodeRun) {
	expectNoSecrets({ items: result.items, error: result.error, run: result.run.data }, SECRETS);
}

const scenarios = nonAgentScenarios(LOGIN, AGENT_LIST_ACCESS);

async function run(parameters: IDataObject, overrides: IDataObject = {}) {
	await sim.clearLog();
	const result = await runNode(nonAgentEnvironment(sim, overrides), node(parameters), [{}], { timezone: 'UTC' });
	const sent = (await sim.requests()) as unknown as LoggedRequest[];
	return { result, sent };
}

describe('Ytel Contact Center: every Non-Agent API request through the engine', () => {
	const covered = new Set<string>();
	afterAll(() => {
		console.log(`Ytel ytelContactCenter (x5 non-agent) coverage by execution: ${covered.size}/${rows.length} requests`);
	});

	it('has one scenario for every row of the folder, and only those', () => {
		expect(rows).toHaveLength(21);
		expect(scenarios.map((scenario) => nonAgentRowOf(scenario))).toEqual(expect.arrayContaining(rows));
		expect(new Set(scenarios.map((scenario) => scenario.row)).size).toBe(rows.length);
	});

	it.each(scenarios.map((scenario) => [scenario.row, scenario] as const))('%s', async (_name, scenario) => {
		const row = nonAgentRowOf(scenario);
		const parameters = await parametersOf(scenario, sim);
		const { result, sent } = await run(parameters);
		expect(result.error).toBeUndefined();
		expect(sent).toHaveLength(1);
		expectRequestMatches(row, scenario, parameters, sent[0]);
		if (scenario.login === 'bearer') expect(sent[0].headers.authorization).toBe(`Bearer ${YTEL_API_TOKEN}`);
		else expect(sent[0].headers.authorization).toBeUndefined();
		expectScenarioOutput(scenario, result.items.map((item) => item.json), sent[0], parameters);
		expectNoLogin(result);
		covered.add(row.name);
	});

	it('prints a sample of parsed rows (Export Agent Stats, every agent of the day)', async () => {
		const { result } = await run({ resource: 'report', operation: 'exportAgentStats', datetimeStart: '2026-12-01 00:00:00', datetimeEnd: '2026-12-01 23:59:59' });
		const rowsRead = result.items.map((item) => item.json);
		console.log(`agent_stats_export parsed rows:\n${JSON.stringify(rowsRead, null, 1)}`);
		expect(rowsRead.map((entry) => [entry.user, entry.calls, entry.login_time, entry.pause_pct])).toEqual([
			['1000', 16, 2071, 68.1],
			['1029', 1, 112, 48.2],
		]);
	});
});

describe('Ytel Contact Center: ERROR answers', () => {
	it('an ERROR line is an error item with its reason and values, the login in none of its forms', async () => {
		const { result, sent } = await run({ resource: 'report', operation: 'exportDidLog', didNumber: '3125551212', didDate: '2026-11-29' });
		expect(sent).toHaveLength(1);
		expect(result.error?.message).toBe('Ytel contact center error: did_log_export NO RECORDS FOUND');
		expect(result.error?.description).toContain('3125551212|2026-11-29');
		expectNoLogin(result);
	});

	it('a refused password reads as a credential problem, masked in every form (also URL-encoded)', async () => {
		await sim.configure({ pass: 'another-password' });
		const { result, sent } = await run({ resource: 'voicemailBox', operation: 'getAll' });
		expect(sent).toHaveLength(1);
		// The simulator echoes the password it was sent, as VICIdial does.
		expect(JSON.stringify(sent[0].query)).toContain('Canary pw');
		expect(result.error?.message).toMatch(/^Ytel contact center rejected /);
		expectNoLogin(result);
	});

	it('a function the API user may not use is an error, sent once', async () => {
		await sim.configure({ deny: ['add_list'] });
		const { result, sent } = await run({ resource: 'list', operation: 'create', listId: '1103', listName: 'Denied list', campaignId: 'TESTCAMP' });
		expect(sent).toHaveLength(1);
		expect(result.error?.message).toContain('USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION');
		expectNoLogin(result);
	});

	it('add_user echoes the API password: it is in no item', async () => {
		const { result, sent } = await run({ resource: 'x5User', operation: 'create', agentUser: '1060', agentPass: 'pw-1060', agentFullName: 'New Agent', agentUserLevel: '1', agentUserGroup: 'AGENTS' });
		expect(sent).toHaveLength(1);
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json)).toEqual([{ success: true, message: 'add_user USER HAS BEEN ADDED', agent_user: '1060', agent_user_level: 1, agent_full_name: 'New+Agent', agent_user_group: 'AGENTS' }]);
		expectNoLogin(result);
	});

	it('NOTICE lines are reported with the outcome, without the API user they echo', async () => {
		const { result } = await run({ resource: 'lead', operation: 'create', phoneNumber: '7275551299', leadSettings: { addToHopper: 'Y' } });
		const items = result.items.map((item) => item.json);
		expect(items).toMatchObject([{ success: true, message: 'add_lead LEAD HAS BEEN ADDED', phone_number: '7275551299', list_id: '999', lead_id: 193716, gmt_offset_now: -5 }]);
		expect(items[0].notices).toMatchObject([{ message: 'add_lead ADDED TO HOPPER', value1: '7275551299', value3: '193716', value4: '1677916' }]);
		expectNoLogin(result);
	});

	it('Agent List without the Ytel Token is refused before sending', async () => {
		const { result, sent } = await run({ resource: 'agent', operation: 'getAll' }, { ytelToken: '' });
		expect(sent).toEqual([]);
		expect(result.error?.message).toBe('Agent List needs the Ytel Token and Account SID');
	});
});

describe('Ytel Contact Center: --BLANK-- empties a field', () => {
	it('"Fields to Clear" sends --BLANK-- (VICIdial’s way to empty a field)', async () => {
		const { result, sent } = await run({ resource: 'list', operation: 'update', listId: '1101', listFieldsToClear: ['list_description'] });
		expect(result.error).toBeUndefined();
		expect(sent[0].query.list_description).toBe('--BLANK--');
		expect(sent[0].url).toContain('list_description=--BLANK--');
	});

	it('--BLANK-- typed in a field is sent as typed', async () => {
		const { sent } = await run({ resource: 'lead', operation: 'update', leadId: '193715', leadFields: { province: '--BLANK--', city: 'Joliet' } });
		expect(sent[0].query).toMatchObject({ province: '--BLANK--', city: 'Joliet', lead_id: '193715' });
	});

	it('a field both filled and chosen in "Fields to Clear" is refused', async () => {
		const { result, sent } = await run({ resource: 'lead', operation: 'update', leadId: '193715', leadFields: { city: 'Joliet' }, leadFieldsToClear: ['city'] });
		expect(sent).toEqual([]);
		expect(result.error?.message).toBe('"Fields to Clear" names "city", which also has a value: clear it or fill it, not both');
	});
});

describe('Ytel Contact Center: bad input is refused by name before sending', () => {
	it.each([
		[{ resource: 'agent', operation: 'getInGroups', agentUser: 'x' }, '"Agent User" must be 2 to 20 characters'],
		[{ resource: 'recording', operation: 'getAll', agentUser: 'a-very-long-agent-user-id' }, '"Agent User" must be 2 to 20 characters'],
		[{ resource: 'recording', operation: 'getAll', date: '12/01/2026' }, '"Date" must be a date in the form YYYY-MM-DD, e.g. 2026-12-01'],
		[{ resource: 'report', operation: 'exportDidLog', didNumber: '3125551212', didDate: '2026-02-30' }, '"Date" must be a date in the form YYYY-MM-DD, e.g. 2026-12-01'],
		[{ resource: 'report', operation: 'exportAgentStats', datetimeStart: '2026-12-01', datetimeEnd: '2026-12-01 23:59:59' }, '"Start" must be a date and time in the form YYYY-MM-DD HH:MM:SS'],
		[{ resource: 'recording', operation: 'getAll' }, 'Fill at least one of "Agent User", "Date", "Lead ID" or "Call Unique ID"'],
		[{ resource: 'lead', operation: 'create', phoneNumber: '+1 727-555' }, '"Phone Number" must be 6 to 16 digits'],
		[{ resource: 'agent', operation: 'monitor', sessionId: '86000', phoneLogin: '350a', serverIp: '10.10.10.16' }, '"Session ID" must be 7 digits'],
		[{ resource: 'x5User', operation: 'update', agentUser: '1029', userUpdateFields: { campaignRank: '12' } }, '"Campaign Rank" must be a whole number from -9 to 9'],
	])('%j', async (parameters, message) => {
		const { result, sent } = await run(parameters as IDataObject);
		expect(sent).toEqual([]);
		expect(result.error?.message).toBe(message);
		expectNoLogin(result);
	});

	it('a Source over 20 characters is refused before sending', async () => {
		const { result, sent } = await run({ resource: 'voicemailBox', operation: 'getAll' }, { source: 'a-source-of-21-chars!' });
		expect(sent).toEqual([]);
		expect(result.error?.description).toContain('at most 20');
		expectNoLogin(result);
	});
});

describe('Ytel Contact Center: Count Available and its two credentials', () => {
	it('without the Ytel API credential nothing is sent', async () => {
		await sim.clearLog();
		const only = testNode('ytelContactCenter', { resource: 'agent', operation: 'countAvailable' }, { credentials: { ytelContactCenterApi: NON_AGENT_CREDENTIALS.ytelContactCenterApi } });
		const result = await runNode(nonAgentEnvironment(sim), only, [{}]);
		expect(result.error?.message).toMatch(/credentials/i);
		expect(await sim.requests()).toEqual([]);
	});

	it('a bearer token the contact centre refuses is an error, the tokens and password in none of their forms', async () => {
		const env = nonAgentEnvironment(sim);
		(env.credentials.ytelApi as unknown as IDataObject).apiToken = 'a-stale-token-CANARY-2718';
		await sim.clearLog();
		const result = await runNode(env, node({ resource: 'agent', operation: 'countAvailable' }), [{}]);
		expect(result.error).toBeDefined();
		const sent = (await sim.requests()) as unknown as LoggedRequest[];
		expect(sent.map((request) => request.query.pass)).toEqual(sent.map(() => undefined));
		expectNoSecrets({ items: result.items, error: result.error, run: result.run.data }, [...SECRETS, 'a-stale-token-CANARY-2718']);
	});

	it('only Count Available shows the Ytel API credential', () => {
		const { credentials = [] } = new (require('../../nodes/Ytel/YtelContactCenter.node').YtelContactCenter)().description;
		expect(credentials.map((entry: IDataObject) => [entry.name, (entry.displayOptions as IDataObject)?.show])).toEqual([
			['ytelApi', { authentication: ['ytelApi'] }],
			['ytelContactCenterApi', { authentication: ['ytelContactCenterApi', 'ytelApi'] }],
		]);
	});
});

describe('x5 simulator: export rows in each stage, with and without a header', () => {
	const query = (stage: string, header: string) => ({ function: 'did_log_export', user: LOGIN.user, pass: LOGIN.pass, source: LOGIN.source, phone_number: '3125551212', date: '2026-12-01', stage, header });
	it.each([
		['pipe', '|'],
		['tab', '\t'],
		['csv', ','],
	])('%s', async (stage, delimiter) => {
		const withHeader = await sim.call('/x5/api/non_agent.php', query(stage, 'YES'));
		const without = await sim.call('/x5/api/non_agent.php', query(stage, 'NO'));
		expect(withHeader.split('\n')[0]).toBe(['did_number', 'call_date', 'caller_id_number', 'length_in_sec'].join(delimiter));
		expect(without.split('\n')[0]).toBe(['3125551212', '2026-12-01 08:30:05', '7275551212', '123'].join(delimiter));
		expect(withHeader.split('\n').slice(1)).toEqual(without.split('\n'));
	});
});
