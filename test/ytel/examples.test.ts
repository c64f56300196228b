/**
 * The Ytel example workflow of `examples/`, node by node through the engine against the Ytel and
 * Outseta simulators, as n8n runs it once published: a new inbound SMS finds (or creates) the
 * Outseta person with that phone number, and the reply goes back by SMS from the number written to.
 * n8n's own If node is not run here: its one test (does the found person have a Uid?) picks the branch.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IDataObject } from 'n8n-workflow';
import { YtelApi } from '../../credentials/YtelApi.credentials';
import { Ytel } from '../../nodes/Ytel/Ytel.node';
import { YtelTrigger } from '../../nodes/Ytel/YtelTrigger.node';
import { PollHarness, runNode, testNode, type TestEnvironment } from '../helpers/engine';
import { outsetaEnvironment, outsetaNode, useOutsetaSim } from '../helpers/outseta';
import { useYtelSim, YTEL_USER } from '../helpers/ytel-sim';

interface ExampleNode {
	name: string;
	type: string;
	alwaysOutputData?: boolean;
	parameters: IDataObject;
}
const FILE = 'ytel-inbound-sms-to-outseta-person.json';
const example = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'examples', FILE), 'utf8')) as {
	nodes: ExampleNode[];
	connections: Record<string, { main: Array<Array<{ node: string }>> }>;
};
const nodeNamed = (name: string) => example.nodes.find((node) => node.name === name)!;
const TRIGGER = 'New Inbound SMS';

/**
 * The later nodes read the trigger's item by name (`$('New Inbound SMS').item.json`); a node run
 * alone has no such node, so the item's fields are written into the expressions as a literal.
 */
function withTriggerItem(parameters: IDataObject, sms: IDataObject): IDataObject {
	const literal = `(${JSON.stringify({ from: sms.from, to: sms.to })})`;
	return JSON.parse(JSON.stringify(parameters).split(`$('${TRIGGER}').item.json`).join(literal.replace(/"/g, '\\"'))) as IDataObject;
}

describe('Ytel example workflow: inbound SMS → Outseta person → SMS reply', () => {
	const outseta = useOutsetaSim();
	const ytel = useYtelSim();

	function environment(): TestEnvironment {
		const base = outsetaEnvironment(outseta);
		return {
			nodeTypes: { ...base.nodeTypes, ytel: new Ytel(), ytelTrigger: new YtelTrigger() },
			credentialTypes: { ...base.credentialTypes, ytelApi: new YtelApi() },
			credentials: {
				...base.credentials,
				ytelApi: {
					authMode: 'emailPassword',
					email: YTEL_USER.email,
					password: YTEL_USER.password,
					apiToken: '',
					baseUrl: ytel.url,
					yccBaseUrl: 'https://ycc-api.ytel.com/api/v2',
					requestsPerSecond: 50,
					accessToken: '',
					refreshToken: '',
				},
			},
		};
	}
	const ytelCredentials = { ytelApi: { id: 'ytel-cred-1', name: 'Ytel test credential' } };

	/** Runs the workflow on one new inbound SMS; returns what each node gave. */
	async function runExample(from: string, text: string) {
		const env = environment();
		const trigger = nodeNamed(TRIGGER);
		expect(trigger.type).toBe('n8n-nodes-connector-pack.ytelTrigger');
		const { pollTimes: _pollTimes, ...triggerParameters } = trigger.parameters;
		const poller = new PollHarness(env, testNode('ytelTrigger', triggerParameters, { name: TRIGGER, credentials: ytelCredentials }));
		expect(await poller.poll({ isActivation: true })).toBeNull();
		await ytel.insert({ kind: 'sms', from, text, at: Date.now() });
		const smsItems = (await poller.poll())![0].map((item) => item.json);
		expect(smsItems).toHaveLength(1);
		const sms = smsItems[0];
		expect(sms).toMatchObject({ from, body: text, direction: 'inbound' });

		const lookup = nodeNamed('Person with This Phone');
		expect(example.connections[TRIGGER].main[0][0].node).toBe(lookup.name);
		const found = await runNode(env, outsetaNode(lookup.parameters), [sms]);
		expect(found.error).toBeUndefined();
		// Always Output Data: no person found still passes one empty item on.
		expect(lookup.alwaysOutputData).toBe(true);
		const person = found.items.length > 0 ? found.items[0].json : {};

		const [known, unknown] = example.connections['Known Person?'].main.map((branch) => branch[0].node);
		const branch = nodeNamed(person.Uid ? known : unknown);
		const saved = await runNode(env, outsetaNode(withTriggerItem(branch.parameters, sms)), [person]);
		expect(saved.error).toBeUndefined();

		const reply = nodeNamed('Reply by SMS');
		expect(example.connections[branch.name].main[0][0].node).toBe(reply.name);
		await ytel.clearLog();
		const replied = await runNode(
			env,
			testNode('ytel', withTriggerItem(reply.parameters, sms), { credentials: ytelCredentials }),
			saved.items.map((item) => item.json),
		);
		expect(replied.error).toBeUndefined();
		const sent = (await ytel.requests()).filter((request) => request.path === '/v4/sms');
		return { sms, person, branch: branch.name, saved: saved.items[0].json, sent };
	}

	it('a number Outseta does not know: the person is created with it, and the reply goes out', async () => {
		const { sms, person, branch, saved, sent } = await runExample('+14155550123', 'Do you ship to Canada?');
		expect(person.Uid).toBeUndefined();
		expect(branch).toBe('Create Person');
		expect(saved).toMatchObject({ Email: '14155550123@sms.example.com', PhoneMobile: '+14155550123' });
		const stored = (await outseta.api('GET', `/crm/people/${saved.Uid}`)).body;
		expect(stored).toMatchObject({ PhoneMobile: '+14155550123' });
		expect(sent).toHaveLength(1);
		expect(sent[0].method).toBe('POST');
		expect(sent[0].body).toEqual({
			to: '+14155550123',
			from: sms.to,
			text: 'Thanks, we got your message and will get back to you soon.',
		});
	});

	it('a number an Outseta person already has: that person is updated, and the reply names them', async () => {
		const [ada] = await outseta.insert('person', { records: [{ Email: 'ada@example.com', FirstName: 'Ada', LastName: 'Lovelace', PhoneMobile: '+14155550199' }] });
		const { person, branch, saved, sent } = await runExample('+14155550199', 'Is my order on its way?');
		expect(person.Uid).toBe(ada.Uid);
		expect(branch).toBe('Update Person');
		expect(saved).toMatchObject({ Uid: ada.Uid, Email: 'ada@example.com', PhoneMobile: '+14155550199' });
		expect(sent).toHaveLength(1);
		expect(sent[0].body).toMatchObject({ to: '+14155550199', text: 'Thanks Ada, we got your message and will get back to you soon.' });
	});
});
