/**
 * The Outseta example workflows of `examples/`, node by node through the engine against the
 * simulator: what the trigger emits feeds the action, as n8n would run them once published.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IDataObject } from 'n8n-workflow';
import { PollHarness, runNode } from '../helpers/engine';
import { outsetaEnvironment, outsetaNode, outsetaTriggerNode, useOutsetaSim } from '../helpers/outseta';

interface ExampleNode {
	name: string;
	type: string;
	parameters: IDataObject;
}
const example = (file: string) =>
	JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'examples', file), 'utf8')) as { nodes: ExampleNode[] };

describe('Outseta example workflows', () => {
	const sim = useOutsetaSim();

	it('acknowledge every new support case: a new case gets one reply naming its subject', async () => {
		const [trigger, action] = example('outseta-acknowledge-new-support-cases.json').nodes;
		expect(trigger.type).toBe('n8n-nodes-connector-pack.outsetaTrigger');
		const { pollTimes: _pollTimes, ...triggerParameters } = trigger.parameters;
		const poller = new PollHarness(outsetaEnvironment(sim), outsetaTriggerNode(triggerParameters));
		expect(await poller.poll({ isActivation: true })).toBeNull();
		const [created] = await sim.insert('supportCase', { records: [{ FromPerson: { Uid: 'qrm0A4QX' }, Subject: 'Cannot sign in' }] });
		const items = (await poller.poll())![0].map((item) => item.json);
		expect(items).toHaveLength(1);
		const result = await runNode(outsetaEnvironment(sim), outsetaNode(action.parameters), items);
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ AgentName: 'Support team', Comment: expect.stringContaining('"Cannot sign in"') });
		const history = (await sim.api('GET', `/support/cases?Uid=${created.Uid}&fields=Uid,CaseHistories.Comment`)).body.items[0].CaseHistories as IDataObject[];
		expect(history.map((entry) => entry.Comment)).toEqual([expect.stringContaining('We have your request')]);
	});

	it('give every new person their own account', async () => {
		const [trigger, action] = example('outseta-new-person-gets-an-account.json').nodes;
		const { pollTimes: _pollTimes, ...triggerParameters } = trigger.parameters;
		const poller = new PollHarness(outsetaEnvironment(sim), outsetaTriggerNode(triggerParameters));
		await poller.poll({ isActivation: true });
		const [person] = await sim.insert('person', { records: [{ Email: 'ada@example.com', FirstName: 'Ada', LastName: 'Lovelace' }] });
		const items = (await poller.poll())![0].map((item) => item.json);
		const result = await runNode(outsetaEnvironment(sim), outsetaNode(action.parameters), items);
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ Name: 'Ada Lovelace' });
		const primary = (await sim.api('GET', `/crm/accounts/${result.items[0].json.Uid}?fields=PrimaryContact.Uid`)).body;
		expect(primary.PrimaryContact.Uid).toBe(person.Uid);
	});
});
