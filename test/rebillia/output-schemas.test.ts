/**
 * Rebillia's output schemas against what its nodes really output: every coverage scenario of the
 * four action nodes run through the engine against the simulator with default output settings,
 * and each trigger event in manual mode (Fetch Test Event), every item validated against the
 * schema of its operation.
 */
import type { IDataObject, INodeType } from 'n8n-workflow';
import { Rebillia } from '../../nodes/Rebillia/Rebillia.node';
import { RebilliaCatalog } from '../../nodes/Rebillia/RebilliaCatalog.node';
import { RebilliaSettings } from '../../nodes/Rebillia/RebilliaSettings.node';
import { RebilliaStorefront } from '../../nodes/Rebillia/RebilliaStorefront.node';
import { RebilliaTrigger } from '../../nodes/Rebillia/RebilliaTrigger.node';
import { parametersOf, type CoverageScenario } from '../helpers/coverage';
import { PollHarness, runNode, testNode } from '../helpers/engine';
import { outputSchemaCheck, withDefaultOutput } from '../helpers/output-schemas';
import { REBILLIA_CREDENTIAL, rebilliaEnvironment, rebilliaNode, useRebilliaSim, type RebilliaSim } from '../helpers/rebillia';
import { storefrontEnvironment, storefrontNode } from '../helpers/rebillia-storefront';
import { catalogScenarios } from './catalog-scenarios';
import { CORE_NODE_TYPE, coreScenarios } from './core-scenarios';
import { settingsScenarios } from './settings-scenarios';
import { storefrontScenarios } from './storefront-scenarios';

type AnyScenario = CoverageScenario<RebilliaSim>;

const actionNodes: Array<[string, INodeType, AnyScenario[]]> = [
	[CORE_NODE_TYPE, new Rebillia(), coreScenarios as unknown as AnyScenario[]],
	['rebilliaCatalog', new RebilliaCatalog(), catalogScenarios as unknown as AnyScenario[]],
	['rebilliaSettings', new RebilliaSettings(), settingsScenarios as unknown as AnyScenario[]],
];

describe('Rebillia: output schemas hold for what the nodes output', () => {
	const sim = useRebilliaSim({ resetEach: false });
	const check = outputSchemaCheck('Rebillia');

	beforeAll(async () => {
		await sim.reset();
	});

	for (const [type, nodeType, scenarios] of actionNodes) {
		it.each(scenarios.map((scenario) => [`${type}: ${scenario.row}`, scenario] as const))('%s', async (_name, scenario) => {
			const parameters = withDefaultOutput(await parametersOf(scenario, sim));
			const result = await runNode(rebilliaEnvironment(sim, { [type]: nodeType }), rebilliaNode(type, parameters), [{}], { timezone: 'UTC' });
			expect(result.error?.message).toBeUndefined();
			expect(check.validate(type, parameters, result.items.map((item) => item.json))).toEqual([]);
		});
	}

	it.each((storefrontScenarios as unknown as AnyScenario[]).map((scenario) => [`rebilliaStorefront: ${scenario.row}`, scenario] as const))(
		'%s',
		async (_name, scenario) => {
			// Storefront scenarios expect the example records, as in their own coverage test.
			await sim.reset();
			const parameters = withDefaultOutput(await parametersOf(scenario, sim));
			const env = storefrontEnvironment(sim, { sessionToken: await sim.login() });
			const result = await runNode(env, storefrontNode(parameters), [{}], { timezone: 'UTC' });
			expect(result.error?.message).toBeUndefined();
			expect(check.validate('rebilliaStorefront', parameters, result.items.map((item) => item.json))).toEqual([]);
		},
	);

	it.each([
		['newCustomer', {}],
		['newSubscription', {}],
		['newInvoice', {}],
		['newTransaction', {}],
		['invoiceStatusChanged', { status: 'paid' }],
		['billRunCompleted', {}],
	] as Array<[string, IDataObject]>)('trigger event %s (Fetch Test Event)', async (event, extra) => {
		const parameters = { event, ...extra };
		// A paid invoice to sample, whatever earlier scenarios did to the seeded ones.
		if (event === 'invoiceStatusChanged') await sim.control('insert', { kind: 'invoice', status: 'paid' });
		const trigger = new PollHarness(
			rebilliaEnvironment(sim, { rebilliaTrigger: new RebilliaTrigger() }),
			testNode('rebilliaTrigger', parameters, { name: 'Rebillia Trigger', credentials: REBILLIA_CREDENTIAL as never }),
		);
		const items = ((await trigger.poll({ mode: 'manual' })) ?? [[]])[0].map((item) => item.json);
		expect(items.length).toBeGreaterThan(0);
		expect(check.validate('rebilliaTrigger', parameters, items)).toEqual([]);
	});

	it('checked every operation and event that has a schema', () => {
		expect(check.finish().map((target) => target.label)).toEqual([]);
	});
});
