/**
 * Outseta's output schemas against what the node really outputs: every coverage scenario run
 * through the engine against the simulator with default output settings, and each trigger event
 * in manual mode (Fetch Test Event), every item validated against its operation's schema.
 */
import type { IDataObject } from 'n8n-workflow';
import { parametersOf } from '../helpers/coverage';
import { PollHarness, runNode } from '../helpers/engine';
import { outsetaEnvironment, outsetaNode, outsetaTriggerNode, useOutsetaSim } from '../helpers/outseta';
import { outputSchemaCheck, withDefaultOutput } from '../helpers/output-schemas';
import { SCENARIO_TIMEZONE, scenarios } from './scenarios';

/** Each event with the parameters of a sample the seeded simulator has. */
const EVENTS: IDataObject[] = [
	{ event: 'newPerson' },
	{ event: 'newAccount' },
	{ event: 'newDeal' },
	{ event: 'newSupportCase' },
	{ event: 'newEmailListSubscriber', listId: 'exmepWVG' },
	// The seeded activity of the collection's example is an Account Created (100).
	{ event: 'newActivity', activityType: 100 },
	{ event: 'newSubscription' },
	{ event: 'newInvoice' },
];

describe('Outseta: output schemas hold for what the node outputs', () => {
	const sim = useOutsetaSim({ resetEach: false });
	const check = outputSchemaCheck('Outseta');

	beforeAll(async () => {
		await sim.reset();
	});

	it.each(scenarios.map((scenario) => [scenario.row, scenario] as const))('%s', async (_name, scenario) => {
		const parameters = withDefaultOutput(await parametersOf(scenario, sim));
		const result = await runNode(outsetaEnvironment(sim), outsetaNode(parameters), [{}], { timezone: SCENARIO_TIMEZONE });
		await scenario.after?.(sim);
		expect(result.error).toBeUndefined();
		expect(check.validate('outseta', parameters, result.items.map((item) => item.json))).toEqual([]);
	});

	it.each(EVENTS.map((parameters) => [parameters.event, parameters] as const))('trigger event %s (Fetch Test Event)', async (_event, parameters) => {
		const trigger = new PollHarness(outsetaEnvironment(sim), outsetaTriggerNode(parameters));
		const items = ((await trigger.poll({ mode: 'manual' })) ?? [[]])[0].map((item) => item.json);
		expect(items.length).toBeGreaterThan(0);
		expect(check.validate('outsetaTrigger', parameters, items)).toEqual([]);
	});

	it('checked every operation and event that has a schema', () => {
		expect(check.finish().map((target) => target.label)).toEqual([]);
	});
});
