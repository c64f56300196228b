/**
 * Every request of the Ytel collection's "CCaaS API/Agent API" folder (21 x5 functions) executed by
 * the `ytelContactCenter` node through n8n-core's engine against the x5 simulator, with the real
 * ytelContactCenterApi credential: each matched to its row by method, path and the exact raw query
 * (the function, every parameter of the row, the credential's user, pass and source), its answer
 * read into named, typed fields, and counted by the simulator as one successful call of its function.
 *
 * Then the ERROR line as an error (and as an error item with Continue On Fail) with the password
 * masked everywhere (a canary password, also URL-encoded), bad input refused before sending
 * (a Source over 20 characters, an Agent User outside 2–20 characters, dates that are not
 * YYYY-MM-DD), `--BLANK--` sent for a cleared field, and the size of the node's description.
 */
import type { IDataObject } from 'n8n-workflow';
import { resetPacing } from '../../nodes/shared/pacing';
import { expectRequestMatches, expectScenarioOutput, parametersOf, rowFor, strictEncode, type LoggedRequest } from '../helpers/coverage';
import { runNode, testNode, type NodeRun, type TestEnvironment } from '../helpers/engine';
import { expectNoSecrets } from '../helpers/secrets';
import { useYtelX5Sim, X5_LOGIN } from '../helpers/ytel-x5-sim';
import { AGENT, CANARY_PASSWORD, X5_SOURCE, x5AgentRows as rows, x5AgentScenarios as scenarios, x5Environment } from './x5-agent-scenarios';

const sim = useYtelX5Sim();
const environment = (overrides: IDataObject = {}): TestEnvironment => x5Environment(sim, { source: X5_SOURCE, ...overrides });
const CREDENTIAL = { ytelContactCenterApi: { id: 'x5-cred-1', name: 'Ytel x5 test credential' } };
const node = (parameters: IDataObject, extra: IDataObject = {}) => testNode('ytelContactCenter', parameters, { credentials: CREDENTIAL, ...extra });

/** The login in every form, in nothing a run leaves behind. */
function expectNoLogin(result: NodeRun, password: string) {
	expectNoSecrets({ items: result.items, error: result.error, run: result.run.data }, [password]);
}

beforeEach(() => resetPacing());

describe('Ytel Contact Center: every Agent API request through the engine', () => {
	const covered = new Set<string>();
	afterAll(() => {
		console.log(`Ytel ytelContactCenter (x5 Agent API) coverage by execution: ${covered.size}/${rows.length} requests`);
	});

	it('has one scenario for every row of the folder, and only those', () => {
		expect(rows).toHaveLength(21);
		expect(scenarios.map((scenario) => rowFor(rows, scenario))).toEqual(expect.arrayContaining(rows));
		expect(new Set(scenarios.map((scenario) => scenario.row)).size).toBe(scenarios.length);
		expect(scenarios).toHaveLength(rows.length);
	});

	it.each(scenarios.map((scenario) => [scenario.row, scenario] as const))('%s', async (_name, scenario) => {
		const row = rowFor(rows, scenario);
		const parameters = await parametersOf(scenario, sim);
		const result = await runNode(environment(), node(parameters), [{}], { timezone: 'UTC' });
		const sent = (await sim.requests()) as unknown as LoggedRequest[];
		expect(sent).toHaveLength(1);
		expectRequestMatches(row, scenario, parameters, sent[0]);
		expect(result.error).toBeUndefined();
		expectScenarioOutput(scenario, result.items.map((item) => item.json), sent[0], parameters);
		expect((await sim.counts())[(row as typeof row & { rpcFunction: string }).rpcFunction]).toEqual({ requests: 1, success: 1, error: 0, refused: 0 });
		expectNoLogin(result, X5_LOGIN.pass);
		covered.add(`${row.folderPath.join('/')}::${row.name}`);
	});
});

describe('Ytel Contact Center: an ERROR line is an error, the password masked everywhere', () => {
	beforeEach(async () => {
		await sim.configure({ pass: CANARY_PASSWORD });
	});
	const notLoggedIn = { resource: 'agentSession', operation: 'pause', agentUser: '2000', pauseAction: 'PAUSE' };

	it('fails the node with the reason and the values; the canary password travelled and shows nowhere', async () => {
		const result = await runNode(environment({ apiPassword: CANARY_PASSWORD }), node(notLoggedIn));
		expect(result.error?.message).toBe('Ytel contact center error: agent_user is not logged in');
		expect(result.error?.description).toBe('Ytel contact center answered: values 2000');
		const sent = (await sim.requests()) as unknown as LoggedRequest[];
		expect(sent[0].url).toContain(`pass=${strictEncode(CANARY_PASSWORD)}`);
		expect((await sim.counts()).external_pause).toEqual({ requests: 1, success: 0, error: 1, refused: 0 });
		expectNoLogin(result, CANARY_PASSWORD);
	});

	it('with Continue On Fail: an error item per failed input item, the other items answered', async () => {
		const result = await runNode(
			environment({ apiPassword: CANARY_PASSWORD }),
			node({ ...notLoggedIn, agentUser: '={{ $json.agent }}' }, { onError: 'continueRegularOutput' }),
			[{ agent: '2000' }, { agent: AGENT }],
		);
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json)).toEqual([
			{ error: 'Ytel contact center error: agent_user is not logged in' },
			{ success: true, message: 'external_pause function set', value: 'PAUSE', epoch: expect.any(Number), agentUser: AGENT },
		]);
		expectNoLogin(result, CANARY_PASSWORD);
	});

	it('a refused login answer that echoes the user and password: a credential problem, both masked', async () => {
		const result = await runNode(environment({ apiPassword: `${CANARY_PASSWORD}-wrong` }), node({ ...notLoggedIn, agentUser: AGENT }));
		expect(result.error?.message).toBe(
			'Ytel contact center rejected the API user of the credential (its user name, password or permissions): Invalid Username/Password: |[redacted]|[redacted]|',
		);
		expectNoLogin(result, `${CANARY_PASSWORD}-wrong`);
		expectNoSecrets({ error: result.error }, [X5_LOGIN.user]);
	});

	it('a missing permission reads as a credential problem too', async () => {
		await sim.configure({ deny: ['external_pause'] });
		const result = await runNode(environment({ apiPassword: CANARY_PASSWORD }), node({ ...notLoggedIn, agentUser: AGENT }));
		expect(result.error?.message).toBe(
			'Ytel contact center rejected the API user of the credential (its user name, password or permissions): auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION',
		);
		expect(result.error?.description).toBe('Ytel contact center answered: values [redacted]|external_pause|ADMIN');
		expectNoLogin(result, CANARY_PASSWORD);
	});

	it('an HTTP failure of the server: the password shows in none of its forms', async () => {
		await sim.control('fail', { count: 1, status: 502, message: `proxy failed for /x5/api/agent.php?pass=${encodeURIComponent(CANARY_PASSWORD)}` });
		const result = await runNode(environment({ apiPassword: CANARY_PASSWORD }), node({ ...notLoggedIn, agentUser: AGENT }));
		expect(result.error?.message).toMatch(/^Ytel contact center error: /);
		expect(result.error?.message).toContain('pass=[redacted]');
		expectNoLogin(result, CANARY_PASSWORD);
	});
});

describe('Ytel Contact Center: bad input is refused before anything is sent', () => {
	async function refused(parameters: IDataObject, overrides: IDataObject = {}): Promise<NodeRun> {
		const result = await runNode(environment(overrides), node(parameters), [{}], { timezone: 'UTC' });
		expect(result.error).toBeDefined();
		expect(await sim.requests()).toEqual([]);
		expectNoLogin(result, X5_LOGIN.pass);
		return result;
	}
	const pause = { resource: 'agentSession', operation: 'pause', agentUser: AGENT, pauseAction: 'PAUSE' };

	it('a Source over 20 characters (the credential)', async () => {
		const result = await refused(pause, { source: 'twenty-one-characters' });
		expect(result.error?.message).toBe('The Ytel Contact Center API credential is not usable');
		expect(result.error?.description).toBe('The Source in the Ytel Contact Center API credential has 21 characters; Ytel accepts at most 20.');
	});

	it('a Source of exactly 20 characters is sent', async () => {
		const result = await runNode(environment({ source: 'twenty-characters-ok' }), node(pause));
		expect(result.error).toBeUndefined();
		expect(((await sim.requests()) as unknown as LoggedRequest[])[0].query.source).toBe('twenty-characters-ok');
	});

	it.each([
		['1', 1],
		['a23456789012345678901', 21],
	])('an Agent User "%s" (%i characters)', async (agentUser, length) => {
		const result = await refused({ ...pause, agentUser });
		expect(result.error?.message).toBe(`"Agent User" must have 2 to 20 characters (it has ${length})`);
	});

	it.each([
		['17/05/1980', 'must be a date written YYYY-MM-DD (got "17/05/1980")'],
		['1980-5-17', 'must be a date written YYYY-MM-DD (got "1980-5-17")'],
		['1980-02-30', 'is not a real date (got "1980-02-30")'],
	])('a Date of Birth "%s"', async (dateOfBirth, message) => {
		const result = await refused({ resource: 'agentLead', operation: 'addLead', agentUser: AGENT, leadFields: { phoneNumber: '7275551212', dateOfBirth } });
		expect(result.error?.message).toBe(`"Date of Birth" ${message}`);
	});

	it('a callback time that is not YYYY-MM-DD HH:MM:SS', async () => {
		const result = await refused({ resource: 'agentSession', operation: 'setStatus', agentUser: AGENT, dispositionStatus: 'CALLBK', callback: { callbackDatetime: 'tomorrow noon' } });
		expect(result.error?.message).toBe('"Callback Date and Time" must be a date written YYYY-MM-DD HH:MM:SS (got "tomorrow noon")');
	});

	it('a lead field both set and cleared', async () => {
		const result = await refused({ resource: 'agentLead', operation: 'updateFields', agentUser: AGENT, updateFields: { city: 'Tampa' }, fieldsToClear: ['city'] });
		expect(result.error?.message).toBe('"City" is both set and cleared');
	});
});

describe('Ytel Contact Center: --BLANK-- clears a field', () => {
	it('is sent for each field to clear, alone, and the simulator empties it', async () => {
		const result = await runNode(environment(), node({ resource: 'agentLead', operation: 'updateFields', agentUser: AGENT, fieldsToClear: ['email', 'date_of_birth'] }));
		expect(result.error).toBeUndefined();
		const sent = ((await sim.requests()) as unknown as LoggedRequest[])[0];
		expect(sent.url).toContain('email=--BLANK--');
		expect(sent.query).toMatchObject({ email: '--BLANK--', date_of_birth: '--BLANK--' });
		expect(String(result.items[0].json.fieldsUpdated).split(',').sort()).toEqual(["date_of_birth=''", "email=''"]);
	});
});

describe('Ytel Contact Center: description size', () => {
	it('stays within the 200 KB budget', () => {
		const { YtelContactCenter } = require('../../nodes/Ytel/YtelContactCenter.node') as typeof import('../../nodes/Ytel/YtelContactCenter.node');
		const size = Buffer.byteLength(JSON.stringify(new YtelContactCenter().description), 'utf8');
		console.log(`Ytel ytelContactCenter description size: ${(size / 1024).toFixed(1)} KB (${size} bytes)`);
		expect(size).toBeLessThanOrEqual(200 * 1024);
	});
});
