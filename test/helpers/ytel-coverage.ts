/**
 * The harness every Ytel coverage test shares: the test credential, the "no Ytel secrets" check,
 * what reached Ytel's API, and the run of one scenario per collection request through n8n-core's
 * engine (exactly one request, matched to its row; no error; the scenario's output; no secrets),
 * with the coverage line printed at the end.
 */
import type { IDataObject, INode } from 'n8n-workflow';
import { resetPacing } from '../../nodes/shared/pacing';
import { resetTokenExchanges } from '../../nodes/shared/tokenExchange';
import { expectRequestMatches, expectScenarioOutput, parametersOf, rowFor, type CoverageScenario, type LoggedRequest } from './coverage';
import { runNode, testNode, type NodeRun, type TestEnvironment } from './engine';
import type { EndpointRow } from './rows';
import { expectNoSecrets } from './secrets';
import { YTEL_API_TOKEN, YTEL_USER, type YtelSim } from './ytel-sim';

export const YTEL_CREDENTIAL = { ytelApi: { id: 'ytel-cred-1', name: 'Ytel test credential' } };

/** A node of `nodeType` with the Ytel test credential. */
export const ytelNode = (nodeType: string, parameters: IDataObject) => testNode(nodeType, parameters, { credentials: YTEL_CREDENTIAL });

/** Password, API token and the tokens the run stored (plus `more`): in none of their forms in what a run leaves. */
export function expectNoYtelSecrets(env: TestEnvironment, result: NodeRun, more: string[] = []): void {
	const stored = env.credentials.ytelApi;
	const secrets = [YTEL_USER.password, YTEL_API_TOKEN, String(stored.accessToken ?? ''), String(stored.refreshToken ?? ''), ...more].filter((secret) => secret.length > 6);
	expect(secrets.length).toBeGreaterThanOrEqual(2);
	expectNoSecrets({ items: result.items, error: result.error, run: result.run.data }, secrets);
}

/** What reached Ytel's API (the token exchange aside). */
export async function ytelApiRequests(sim: YtelSim): Promise<LoggedRequest[]> {
	return ((await sim.requests()) as unknown as LoggedRequest[]).filter((request) => !request.path.startsWith('/auth/'));
}

/** A run refused before anything reached Ytel's API, leaving no secret behind: its result, for the message's check. */
export async function expectRefusedBeforeSending(sim: YtelSim, env: TestEnvironment, node: INode): Promise<NodeRun> {
	await sim.clearLog();
	const result = await runNode(env, node, [{}], { timezone: 'UTC' });
	expect(result.error).toBeDefined();
	expect(await ytelApiRequests(sim)).toEqual([]);
	expectNoYtelSecrets(env, result);
	return result;
}

/** Each test starts with no pacing and no token exchange left from the one before. */
export function resetYtelStateBeforeEach(): void {
	beforeEach(() => {
		resetPacing();
		resetTokenExchanges();
	});
}

export interface YtelCoverageOptions {
	/** The describe block's title. */
	title: string;
	/** Printed as `Ytel <label> coverage by execution: N/M requests`. */
	label: string;
	nodeType: string;
	sim: YtelSim;
	rows: EndpointRow[];
	/** How many rows the folders hold (written down, so a lost row shows). */
	rowCount: number;
	scenarios: Array<CoverageScenario<YtelSim>>;
	environment: () => TestEnvironment;
	/** The title of the "one scenario for every row" test, where the default does not say it. */
	rowsTitle?: string;
	/** Further checks of the rows, run first in the "one scenario for every row" test. */
	checkRows?: () => void;
	/** Further checks of the one request each scenario sent, after it matched its row. */
	checkRequest?: (request: LoggedRequest) => void;
	/** More tests for the same describe block (after the scenarios). */
	moreTests?: () => void;
}

/** One test that the scenarios cover the rows, then one test per scenario run through the engine. */
export function describeYtelCoverage(options: YtelCoverageOptions): void {
	const { rows, scenarios, sim } = options;
	describe(options.title, () => {
		const covered = new Set<string>();
		afterAll(() => {
			console.log(`Ytel ${options.label} coverage by execution: ${covered.size}/${rows.length} requests`);
		});

		it(options.rowsTitle ?? 'has one scenario for every row of those folders, and only those', () => {
			options.checkRows?.();
			expect(rows).toHaveLength(options.rowCount);
			expect(scenarios.map((scenario) => rowFor(rows, scenario))).toEqual(expect.arrayContaining(rows));
			expect(new Set(scenarios.map((scenario) => scenario.row)).size).toBe(scenarios.length);
			expect(scenarios).toHaveLength(rows.length);
		});

		it.each(scenarios.map((scenario) => [scenario.row, scenario] as const))('%s', async (_name, scenario) => {
			const row = rowFor(rows, scenario);
			const parameters = await parametersOf(scenario, sim);
			await sim.clearLog();
			const env = options.environment();
			const result = await runNode(env, ytelNode(options.nodeType, parameters), [{}], { timezone: 'UTC' });
			const sent = await ytelApiRequests(sim);
			expect(sent).toHaveLength(1);
			expectRequestMatches(row, scenario, parameters, sent[0]);
			options.checkRequest?.(sent[0]);
			expect(result.error).toBeUndefined();
			expectScenarioOutput(scenario, result.items.map((item) => item.json), sent[0], parameters);
			expectNoYtelSecrets(env, result);
			covered.add(`${row.folderPath.join('/')}::${row.name}`);
		});

		options.moreTests?.();
	});
}
