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
import { expectRequestMatches, expectScenarioOutput, parametersOf, rowFor, type LoggedRequest } from '../helpers/coverage';
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
