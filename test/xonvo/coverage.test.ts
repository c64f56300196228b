/**
 * Every request of the XONVO collection (15) executed through n8n-core's engine (RoutingNode)
 * against the simulator, each matched to its fixture row: method, path, the exact query string
 * and the exact body, written from the collection's example.
 */
import { runNode } from '../helpers/engine';
import { expectRunHasNoSecrets } from '../helpers/secrets';
import { useXonvoSim, XONVO_USER, xonvoEnvironment, xonvoNode } from '../helpers/xonvo';
import { expectXonvoOutput, expectXonvoRequest, parametersOf, rowOf, SCENARIO_TIMEZONE, xonvoRows, xonvoScenarios } from './scenarios';

describe('XONVO: every collection request through the engine', () => {
	const sim = useXonvoSim({ resetEach: false });
	const covered = new Set<string>();

	beforeAll(async () => {
		await sim.reset();
	});
	afterAll(() => {
		console.log(`XONVO coverage by execution: ${covered.size}/${xonvoRows.length} requests`);
	});

	it('has one scenario for every row of the collection, and only those', () => {
		expect(xonvoRows).toHaveLength(15);
		expect(xonvoScenarios.map((scenario) => scenario.row).sort()).toEqual(xonvoRows.map((row) => row.name).sort());
	});

	it.each(xonvoScenarios.map((scenario) => [scenario.row, scenario] as const))('%s', async (_name, scenario) => {
		const row = rowOf(scenario);
		const parameters = await parametersOf(scenario, sim);
		await sim.clearLog();
		const result = await runNode(xonvoEnvironment(sim), xonvoNode(parameters), [{}], { timezone: SCENARIO_TIMEZONE });
		const sent = await sim.requests();
		expect(sent).toHaveLength(1);
		expectXonvoRequest(scenario, parameters, sent[0]);
		// Whether the answer was an error comes after what was sent, so a wrong path or query is named even then.
		expect(sent[0].status).toBe(200);
		expect(result.error).toBeUndefined();
		expectXonvoOutput(scenario, result.items.map((item) => item.json), sent[0]);
		expectRunHasNoSecrets(result, [{ user: XONVO_USER.username, secret: XONVO_USER.password }]);
		covered.add(row.name);
	});
});
