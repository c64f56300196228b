/**
 * Ytel's output schemas against what its nodes really output: every coverage scenario of the
 * action nodes (ytel, ytelNumbers, ytelCampaigns, ytelVoice) run through the engine against the
 * simulator with default output settings, and each trigger event in manual mode (Fetch Test
 * Event), every item validated against the schema of its operation.
 */
import { YtelApi } from '../../credentials/YtelApi.credentials';
import { resetPacing } from '../../nodes/shared/pacing';
import { resetTokenExchanges } from '../../nodes/shared/tokenExchange';
import { YTEL_EVENTS, type YtelEvent } from '../../nodes/Ytel/trigger/events';
import { YtelTrigger } from '../../nodes/Ytel/YtelTrigger.node';
import { parametersOf, type CoverageScenario } from '../helpers/coverage';
import { PollHarness, runNode, testNode, type TestEnvironment } from '../helpers/engine';
import { outputSchemaCheck, withDefaultOutput } from '../helpers/output-schemas';
import { useYtelSim, type YtelSim } from '../helpers/ytel-sim';
import { campaignsEnvironment, campaignsScenarios } from './campaigns-scenarios';
import { CREDENTIAL, numbersEnvironment, ytelCredentials } from './numbers-env';
import { numbersScenarios } from './numbers-scenarios';
import { voiceCallsScenarios, voiceEnvironment } from './voice-calls-scenarios';
import { inputOf, ytelEnvironment, ytelScenarios, type YtelScenario } from './ytel-scenarios';

const actionNodes: Array<[string, (sim: YtelSim) => TestEnvironment, YtelScenario[]]> = [
	['ytel', ytelEnvironment, ytelScenarios],
	['ytelNumbers', numbersEnvironment, numbersScenarios],
	['ytelCampaigns', (sim) => campaignsEnvironment(sim), campaignsScenarios as CoverageScenario<YtelSim>[]],
	['ytelVoice', (sim) => voiceEnvironment(sim), voiceCallsScenarios as CoverageScenario<YtelSim>[]],
];

/** The simulator's record kind behind each trigger event. */
const KIND: Record<YtelEvent, string> = { newInboundSms: 'sms', newInboxMessage: 'inbox', newCall: 'call', newRecording: 'recording', newContact: 'contact', newNumber: 'number' };

describe('Ytel: output schemas hold for what the nodes output', () => {
	// A fresh simulator per run, as in the coverage tests: their scenarios expect the seeded records.
	const sim = useYtelSim();
	const check = outputSchemaCheck('Ytel');

	beforeEach(() => {
		resetPacing();
		resetTokenExchanges();
	});

	for (const [type, environment, scenarios] of actionNodes) {
		it.each(scenarios.map((scenario) => [`${type}: ${scenario.row}`, scenario] as const))('%s', async (_name, scenario) => {
			const parameters = withDefaultOutput(await parametersOf(scenario, sim));
			const result = await runNode(environment(sim), testNode(type, parameters, { credentials: CREDENTIAL }), inputOf(scenario.upload), { timezone: 'UTC' });
			expect(result.error?.message).toBeUndefined();
			expect(check.validate(type, parameters, result.items.map((item) => item.json))).toEqual([]);
		});
	}

	it.each([...YTEL_EVENTS])('trigger event %s (Fetch Test Event)', async (event) => {
		const parameters = { event };
		// A recent record to sample (the seeded ones carry the examples' old dates); numbers need a new phone number.
		await sim.insert({ kind: KIND[event], at: Date.now(), ...(event === 'newNumber' ? { phoneNumber: '+15557000001' } : {}) });
		const environment: TestEnvironment = { nodeTypes: { ytelTrigger: new YtelTrigger() }, credentialTypes: { ytelApi: new YtelApi() }, credentials: { ytelApi: ytelCredentials(sim) } };
		const trigger = new PollHarness(environment, testNode('ytelTrigger', parameters, { name: 'Ytel Trigger', credentials: CREDENTIAL }));
		const items = ((await trigger.poll({ mode: 'manual' })) ?? [[]])[0].map((item) => item.json);
		expect(items.length).toBeGreaterThan(0);
		expect(check.validate('ytelTrigger', parameters, items)).toEqual([]);
	});

	it('checked every operation and event that has a schema', () => {
		expect(check.finish().map((target) => target.label)).toEqual([]);
	});
});
