/**
 * Every request of the Rebillia collection the `rebillia` node covers (61) executed through
 * n8n-core's engine (RoutingNode) against the simulator, each matched to its fixture row:
 * method, path, the exact query and the exact body, written from the collection's example.
 */
import { Rebillia } from '../../nodes/Rebillia/Rebillia.node';
import { expectRequestMatches, expectScenarioOutput, parametersOf, type LoggedRequest } from '../helpers/coverage';
import { runNode } from '../helpers/engine';
import { REBILLIA_KEYS, rebilliaEnvironment, rebilliaNode, useRebilliaSim } from '../helpers/rebillia';
import { expectRunHasNoSecrets } from '../helpers/secrets';
import { CORE_NODE_TYPE, coreRowOf, coreRows, coreScenarios } from './core-scenarios';

describe('Rebillia node: every request of its folders through the engine', () => {
	const sim = useRebilliaSim({ resetEach: false });
	const covered = new Set<string>();
	const nodeTypes = { [CORE_NODE_TYPE]: new Rebillia() };

	beforeAll(async () => {
		await sim.reset();
	});
	afterAll(() => {
		console.log(`Rebillia rebillia coverage by execution: ${covered.size}/${coreRows.length} requests`);
	});

	it('has one scenario for every row of its folders, and only those', () => {
		expect(coreRows).toHaveLength(61);
		const key = (folder: string[], name: string) => `${folder.join('/')}::${name}`;
		expect(coreScenarios.map((scenario) => { const row = coreRowOf(scenario); return key(row.folderPath, row.name); }).sort()).toEqual(
			coreRows.map((row) => key(row.folderPath, row.name)).sort(),
		);
	});

	it.each(coreScenarios.map((scenario) => [scenario.row, scenario] as const))('%s', async (_name, scenario) => {
		const row = coreRowOf(scenario);
		const parameters = await parametersOf(scenario, sim);
		await sim.clearLog();
		const result = await runNode(rebilliaEnvironment(sim, nodeTypes), rebilliaNode(CORE_NODE_TYPE, parameters));
		const sent = (await sim.requests()) as unknown as LoggedRequest[];
		expect(sent).toHaveLength(1);
		expectRequestMatches(row, scenario, parameters, sent[0], '/v1');
		// Whether the answer was an error comes after what was sent, so a wrong path or query is named even then.
		expect({ error: result.error?.message, description: result.error?.description }).toEqual({ error: undefined, description: undefined });
		expect(sent[0].headers['x-auth-token']).toBeDefined();
		expectScenarioOutput(scenario, result.items.map((item) => item.json), sent[0], parameters);
		expectRunHasNoSecrets(result, [REBILLIA_KEYS.apiKey]);
		covered.add(`${row.folderPath.join('/')}::${row.name}`);
	});
});
