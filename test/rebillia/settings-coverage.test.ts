/**
 * Every request of the Rebillia collection's Company Currencies, Company Gateways, Company
 * Integrations (E Commerce, Shipping) and Filters folders (26) executed by the
 * `rebilliaSettings` node through n8n-core's engine against the stateful simulator, each matched
 * to its fixture row: method, path, the exact query and the exact body written from the
 * collection's example.
 */
import { RebilliaSettings } from '../../nodes/Rebillia/RebilliaSettings.node';
import { expectRequestMatches, expectScenarioOutput, parametersOf } from '../helpers/coverage';
import { runNode } from '../helpers/engine';
import { REBILLIA_KEYS, rebilliaEnvironment, rebilliaNode, useRebilliaSim } from '../helpers/rebillia';
import { expectRunHasNoSecrets } from '../helpers/secrets';
import { settingsRowOf, settingsRows, settingsScenarios } from './settings-scenarios';

describe('Rebillia settings: every currency, gateway, integration, shipping and filter request through the engine', () => {
	const sim = useRebilliaSim();
	const covered = new Set<string>();
	const nodeTypes = { rebilliaSettings: new RebilliaSettings() };

	afterAll(() => {
		console.log(`Rebillia rebilliaSettings coverage by execution: ${covered.size}/${settingsRows.length} requests`);
	});

	it('has one scenario for every row of those folders, and only those', () => {
		expect(settingsRows).toHaveLength(26);
		expect(settingsScenarios.map((scenario) => settingsRowOf(scenario))).toEqual(expect.arrayContaining(settingsRows));
		expect(new Set(settingsScenarios.map((scenario) => scenario.row)).size).toBe(settingsScenarios.length);
		expect(settingsScenarios).toHaveLength(settingsRows.length);
	});

	it.each(settingsScenarios.map((scenario) => [scenario.row, scenario] as const))('%s', async (_name, scenario) => {
		const row = settingsRowOf(scenario);
		const parameters = await parametersOf(scenario, sim);
		await sim.clearLog();
		const result = await runNode(rebilliaEnvironment(sim, nodeTypes), rebilliaNode('rebilliaSettings', parameters), [{}], { timezone: 'UTC' });
		const sent = await sim.requests();
		expect(sent).toHaveLength(1);
		expectRequestMatches(row, scenario, parameters, sent[0] as never, '/v1');
		// Whether the answer was an error comes after what was sent, so a wrong path or query is named even then.
		expect(result.error).toBeUndefined();
		expectScenarioOutput(scenario, result.items.map((item) => item.json), sent[0] as never, parameters);
		expectRunHasNoSecrets(result, [REBILLIA_KEYS.apiKey]);
		covered.add(`${row.folderPath.join('/')}::${row.name}`);
	});
});
