/**
 * Every request of the collection's Storefront folders (23) executed through n8n-core's engine
 * (RoutingNode) with the storefront node against the simulator, each matched to its fixture row:
 * method, path, the exact query and the exact body written from the collection's example, and
 * the customer token as a bearer.
 */
import { RebilliaStorefront } from '../../nodes/Rebillia/RebilliaStorefront.node';
import { expectRequestMatches, expectScenarioOutput, parametersOf, rowFor } from '../helpers/coverage';
import { runNode } from '../helpers/engine';
import { REBILLIA_KEYS, TEST_SHOPPERS, useRebilliaSim } from '../helpers/rebillia';
import { expectRunHasNoSecrets } from '../helpers/secrets';
import { storefrontEnvironment, storefrontNode } from '../helpers/rebillia-storefront';
import { storefrontRows, storefrontScenarios } from './storefront-scenarios';

describe('Rebillia storefront: every collection request through the engine', () => {
	const sim = useRebilliaSim();
	const covered = new Set<string>();

	afterAll(() => {
		console.log(`Rebillia storefront coverage by execution: ${covered.size}/${storefrontRows.length} requests`);
		const size = JSON.stringify(new RebilliaStorefront().description).length;
		console.log(`Rebillia storefront node description: ${(size / 1024).toFixed(1)} KB`);
	});

	it('has one scenario for every storefront row of the collection, and only those', () => {
		expect(storefrontRows).toHaveLength(23);
		const keys = (list: Array<{ folderPath?: string[]; folder?: string[]; name?: string; row?: string }>) =>
			list.map((entry) => `${(entry.folderPath ?? entry.folder ?? []).join('/')}::${entry.name ?? entry.row}`).sort();
		expect(keys(storefrontScenarios)).toEqual(keys(storefrontRows));
	});

	it('keeps the node description under 200 KB', () => {
		expect(JSON.stringify(new RebilliaStorefront().description).length).toBeLessThan(200 * 1024);
	});

	it.each(storefrontScenarios.map((scenario) => [`${scenario.folder?.join('/')} › ${scenario.row}`, scenario] as const))(
		'%s',
		async (_name, scenario) => {
			const row = rowFor(storefrontRows, scenario);
			const parameters = await parametersOf(scenario, sim);
			// A customer token from an earlier login, so the log holds only the operation's request.
			const token = await sim.login();
			const env = storefrontEnvironment(sim, { sessionToken: token });
			await sim.clearLog();
			const result = await runNode(env, storefrontNode(parameters), [{}], { timezone: 'UTC' });
			const sent = await sim.requests();
			expect(sent).toHaveLength(1);
			expectRequestMatches(row, scenario, parameters, sent[0]);
			// Whether the answer was an error comes after what was sent, so a wrong path or query is named even then.
			expect(result.error).toBeUndefined();
			expect(sent[0].headers.authorization).toBe(`Bearer ${token}`);
			expectScenarioOutput(
				scenario,
				result.items.map((item) => item.json),
				sent[0],
				parameters,
			);
			expectRunHasNoSecrets(result, [REBILLIA_KEYS.apiKey, TEST_SHOPPERS[0].storeJwt, token]);
			covered.add(row.name);
		},
	);
});
