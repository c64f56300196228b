/**
 * Every request of the Outseta collection (68 callable requests) and the two list endpoints of
 * its prose, executed through n8n-core's engine (RoutingNode) against the simulator, each matched
 * to its fixture row: method, path, the exact query and the exact body, written from the
 * collection's example.
 */
import type { IDataObject } from 'n8n-workflow';
import { expectRequestMatches, expectScenarioOutput, parametersOf, type LoggedRequest } from '../helpers/coverage';
import { runNode } from '../helpers/engine';
import { OUTSETA_KEYS, outsetaEnvironment, outsetaNode, TEST_USER, useOutsetaSim } from '../helpers/outseta';
import { expectRunHasNoSecrets } from '../helpers/secrets';
import { outsetaRows, proseRows, requestOf, rowOf, SCENARIO_TIMEZONE, scenarios } from './scenarios';

describe('Outseta: every collection request through the engine', () => {
	const sim = useOutsetaSim({ resetEach: false });
	const covered = new Set<string>();
	const prose = new Set<string>();
	let env: ReturnType<typeof outsetaEnvironment>;

	beforeAll(async () => {
		await sim.reset();
		// One environment for the whole run: the user token the credential gets is kept, as n8n keeps it.
		env = outsetaEnvironment(sim);
	});
	afterAll(() => {
		console.log(
			`Outseta coverage by execution: ${covered.size}/${outsetaRows.length} requests, and ${prose.size}/${proseRows.length} prose-only lists`,
		);
	});

	it('has one scenario for every callable row of the collection and the two prose lists, and only those', () => {
		expect(outsetaRows).toHaveLength(68);
		expect(proseRows.map((row) => `${row.method} ${row.path}`)).toEqual(['GET /billing/subscriptions', 'GET /billing/invoices']);
		const names = (rows: Array<{ name: string }>) => rows.map((row) => row.name).sort();
		expect(names(scenarios.filter((scenario) => !scenario.prose).map((scenario) => ({ name: scenario.row })))).toEqual(names(outsetaRows));
		expect(names(scenarios.filter((scenario) => scenario.prose).map((scenario) => ({ name: scenario.row })))).toEqual(names(proseRows));
	});

	it.each(scenarios.map((scenario) => [scenario.row, scenario] as const))('%s', async (_name, scenario) => {
		const row = rowOf(scenario);
		const parameters = await parametersOf(scenario, sim);
		if (scenario.freshToken) env.credentials.outsetaUserTokenApi.accessToken = '';
		await sim.clearLog();
		const result = await runNode(env, outsetaNode(parameters), [{}], { timezone: SCENARIO_TIMEZONE });
		const sent = (await sim.requests()) as unknown as LoggedRequest[];
		await scenario.after?.(sim);
		expect(sent.filter((request) => request.status !== 429)).toHaveLength(scenario.requests ?? 1);
		const request = requestOf(scenario, sent);
		expectRequestMatches(row, scenario, parameters, request, '/api/v1');
		// Whether the answer was an error comes after what was sent, so a wrong path or query is named even then.
		expect({ error: result.error?.message, description: result.error?.description }).toEqual({ error: undefined, description: undefined });
		const authorization = request.headers.authorization;
		if (row.name === 'Get Auth Token') expect(authorization).toBeUndefined();
		else if (scenario.authentication === 'userToken') expect(authorization).toMatch(/^bearer \S+$/);
		else expect(authorization).toBe(`Outseta ${OUTSETA_KEYS.apiKey}:${OUTSETA_KEYS.secretKey}`);
		expectScenarioOutput(scenario, result.items.map((item) => item.json as IDataObject), request, parameters);
		const userToken = String(env.credentials.outsetaUserTokenApi.accessToken ?? '');
		expectRunHasNoSecrets(result, [OUTSETA_KEYS.apiKey, OUTSETA_KEYS.secretKey, TEST_USER.password, ...(userToken ? [userToken] : [])]);
		(scenario.prose ? prose : covered).add(row.name);
	});
});
