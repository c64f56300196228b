/**
 * XONVO's output schemas against what the node really outputs: every coverage scenario run
 * through the engine against the simulator with default output settings, and each trigger event
 * in manual mode (Fetch Test Event), every item validated against its operation's schema.
 */
import type { IDataObject } from 'n8n-workflow';
import { PollHarness, runNode } from '../helpers/engine';
import { outputSchemaCheck, withDefaultOutput } from '../helpers/output-schemas';
import { byId, useXonvoSim, xonvoEnvironment, xonvoNode, xonvoTriggerNode } from '../helpers/xonvo';
import { parametersOf, SCENARIO_TIMEZONE, xonvoScenarios } from './scenarios';

describe('XONVO: output schemas hold for what the node outputs', () => {
	const sim = useXonvoSim({ resetEach: false });
	const check = outputSchemaCheck('Xonvo');

	beforeAll(async () => {
		await sim.reset();
	});

	it.each(xonvoScenarios.map((scenario) => [scenario.row, scenario] as const))('%s', async (_name, scenario) => {
		const parameters = withDefaultOutput(await parametersOf(scenario, sim));
		const result = await runNode(xonvoEnvironment(sim), xonvoNode(parameters), [{}], { timezone: SCENARIO_TIMEZONE });
		expect(result.error).toBeUndefined();
		expect(check.validate('xonvo', parameters, result.items.map((item) => item.json))).toEqual([]);
	});

	it.each([
		['accountStatisticsChanged', {}],
		// Lead "2" has messages; "EXT-32342-TR" has none yet.
		['leadStatisticsChanged', { leadExternalIds: '2, EXT-32342-TR' }],
	] as Array<[string, IDataObject]>)('trigger event %s (Fetch Test Event)', async (event, extra) => {
		const parameters = { event, accountId: byId(21), ...extra };
		const trigger = new PollHarness(xonvoEnvironment(sim), xonvoTriggerNode(parameters));
		const items = ((await trigger.poll({ mode: 'manual' })) ?? [[]])[0].map((item) => item.json);
		expect(check.validate('xonvoTrigger', parameters, items)).toEqual([]);
	});

	it('checked every operation and event that has a schema', () => {
		expect(check.finish().map((target) => target.label)).toEqual([]);
	});
});
