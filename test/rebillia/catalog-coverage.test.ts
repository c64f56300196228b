/**
 * Every request of the Rebillia collection's Products folder (23) executed by the
 * `rebilliaCatalog` node through n8n-core's engine against the stateful simulator, each matched
 * to its fixture row: method, path, the exact query and the exact body written from the
 * collection's example.
 */
import { RebilliaCatalog } from '../../nodes/Rebillia/RebilliaCatalog.node';
import { expectRequestMatches, expectScenarioOutput, parametersOf } from '../helpers/coverage';
import { runNode } from '../helpers/engine';
import { REBILLIA_KEYS, rebilliaEnvironment, rebilliaNode, useRebilliaSim } from '../helpers/rebillia';
import { expectRunHasNoSecrets } from '../helpers/secrets';
import { catalogRowOf, catalogRows, catalogScenarios } from './catalog-scenarios';

describe('Rebillia catalog: every Products request through the engine', () => {
	const sim = useRebilliaSim();
	const covered = new Set<string>();
	const nodeTypes = { rebilliaCatalog: new RebilliaCatalog() };

	afterAll(() => {
		console.log(`Rebillia rebilliaCatalog coverage by execution: ${covered.size}/${catalogRows.length} requests`);
	});

	it('has one scenario for every row of the Products folder, and only those', () => {
		expect(catalogRows).toHaveLength(23);
		expect(catalogScenarios.map((scenario) => catalogRowOf(scenario))).toEqual(expect.arrayContaining(catalogRows));
		expect(new Set(catalogScenarios.map((scenario) => scenario.row)).size).toBe(catalogScenarios.length);
		expect(catalogScenarios).toHaveLength(catalogRows.length);
	});

	it.each(catalogScenarios.map((scenario) => [scenario.row, scenario] as const))('%s', async (_name, scenario) => {
		const row = catalogRowOf(scenario);
		const parameters = await parametersOf(scenario, sim);
		await sim.clearLog();
		const result = await runNode(rebilliaEnvironment(sim, nodeTypes), rebilliaNode('rebilliaCatalog', parameters), [{}], { timezone: 'UTC' });
		const sent = await sim.requests();
		expect(sent).toHaveLength(1);
		expectRequestMatches(row, scenario, parameters, sent[0] as never, '/v1');
		// Whether the answer was an error comes after what was sent, so a wrong path or query is named even then.
		expect(result.error).toBeUndefined();
		expectScenarioOutput(scenario, result.items.map((item) => item.json), sent[0] as never, parameters);
		expectRunHasNoSecrets(result, [REBILLIA_KEYS.apiKey]);
		covered.add(`${row.folderPath.join("/")}::${row.name}`);
	});
});
