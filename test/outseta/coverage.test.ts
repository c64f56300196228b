/**
 * Every request of the collection's People and Accounts folders, executed through n8n-core's
 * engine (RoutingNode) against the simulator. What was sent is checked against the fixture
 * row: method, path, the row's query keys and its body keys.
 */
import { runNode } from '../helpers/engine';
import { OutsetaSim, outsetaEnvironment, outsetaNode } from '../helpers/outseta';
import { expectMatchesRow, parametersOf, rowOf, scenarios, sliceRows } from './scenarios';

describe('Outseta people and accounts: every collection request through the engine', () => {
	const sim = new OutsetaSim();
	const covered = new Set<string>();

	beforeAll(async () => {
		await sim.start();
		await sim.reset();
	});
	afterAll(async () => {
		const names = sliceRows.map((row) => row.name);
		const done = names.filter((name) => covered.has(name));
		console.log(`Outseta slice coverage by execution: ${done.length}/${names.length} requests`);
		await sim.stop();
	});

	it('has a scenario for every row of the slice, and only those', () => {
		expect(sliceRows).toHaveLength(25);
		expect(scenarios.map((scenario) => scenario.row).sort()).toEqual(sliceRows.map((row) => row.name).sort());
	});

	it.each(scenarios.map((scenario) => [scenario.row, scenario] as const))('%s', async (_name, scenario) => {
		const row = rowOf(scenario);
		const parameters = await parametersOf(scenario, sim);
		await sim.clearLog();
		const result = await runNode(outsetaEnvironment(sim), outsetaNode(parameters));
		expect(result.error).toBeUndefined();
		// On a loaded machine a request may meet the limiter once and be retried: count the answered ones.
		const sent = (await sim.requests()).filter((request) => request.status !== 429);
		expect(sent).toHaveLength(1);
		expect(sent[0].status).toBe(200);
		expectMatchesRow(row, sent[0]);
		scenario.check?.(
			result.items.map((item) => item.json),
			sent[0],
		);
		covered.add(row.name);
	});
});
