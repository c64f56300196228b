/**
 * The Ytel Webhook Trigger inside real n8n 2.40.7 (the package packed and installed as a user
 * installs it, the Ytel simulator as its own process, everything through n8n's REST API):
 * activation points the simulator's number at n8n (or makes a callback configuration), a call the
 * simulator makes as Ytel would starts exactly one execution, a POST without the secret starts
 * none, a restart of n8n keeps it working, deactivation puts back what was there.
 */
import * as crypto from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';
import { YTEL_USER, YtelSim } from '../helpers/ytel-sim';
import { configurationRecord, deliver, numberRecord } from '../helpers/ytel-webhooks';
import { describeTrigger, N8nInstance, PACKAGE, waitFor } from './n8n-instance';

const NODE_NAME = 'Ytel Webhook Trigger';
/** Get Number's example: its SMS URL already points at another server. */
const NUMBER = '+19495065906';
const CONTACT = { contactId: 'da54d682-4d48-4f13-a4ee-07c850c05bb8', phone: '+19492221234' };
const EMPTY_INBOUND_XML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';
const QUIET_MS = 2000;

const credentialData = (url: string): IDataObject => ({
	authMode: 'emailPassword',
	email: YTEL_USER.email,
	password: YTEL_USER.password,
	apiToken: '',
	baseUrl: url,
	yccBaseUrl: 'https://ycc-api.ytel.com/api/v2',
	requestsPerSecond: 50,
});

describeTrigger('Ytel Webhook Trigger in real n8n', () => {
	const instance = new N8nInstance();
	let sim: YtelSim;
	let credential: { id: string; name: string };

	const rest = <T = any>(method: string, route: string, body?: unknown) => instance.rest.request<T>(method, route, body);
	const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

	async function workflowWith(name: string, parameters: IDataObject): Promise<{ id: string; versionId: string; webhookId: string }> {
		const webhookId = crypto.randomUUID();
		const workflow = await rest<{ id: string; versionId: string }>('POST', '/rest/workflows', {
			name,
			active: false,
			settings: { executionOrder: 'v1' },
			nodes: [
				{
					id: crypto.randomUUID(),
					name: NODE_NAME,
					type: `${PACKAGE}.ytelWebhookTrigger`,
					typeVersion: 1,
					position: [0, 0],
					webhookId,
					parameters,
					credentials: { ytelApi: { id: credential.id, name: credential.name } },
				},
			],
			connections: {},
		});
		return { ...workflow, webhookId };
	}
	/** n8n 2.40 publishes in the background: the activation's outcome is its publication status. */
	const publication = async (workflowId: string) =>
		await waitFor('the publication', async () => {
			const status = await rest<{ status: string; triggers: Array<{ status: string; errorMessage: string | null }> }>('GET', `/rest/workflows/${workflowId}/publication-status`);
			return ['published', 'failed', 'partial'].includes(status.status) ? status : undefined;
		}, 60_000, 250);
	const activate = async (workflow: { id: string; versionId: string }) => {
		await rest('POST', `/rest/workflows/${workflow.id}/activate`, { versionId: workflow.versionId });
		return await publication(workflow.id);
	};
	const deactivate = async (workflow: { id: string }) => await rest('POST', `/rest/workflows/${workflow.id}/deactivate`, {});
	/** The JSON of the trigger's items, one list per finished execution. */
	const emitted = async (workflowId: string) =>
		(await instance.executions(workflowId)).map((execution) => {
			const runData = (execution.data.resultData as IDataObject).runData as Record<string, Array<{ data?: { main?: Array<Array<{ json: IDataObject }>> } }>>;
			return (runData[NODE_NAME]?.[0]?.data?.main?.[0] ?? []).map((item) => item.json);
		});
	const stateOf = async (workflowId: string) => ((await instance.staticData(workflowId)) ?? {})[`node:${NODE_NAME}`] as IDataObject | undefined;
	const post = async (url: string) => (await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"from":"+14155550123"}' })).status;

	beforeAll(async () => {
		await instance.prepare();
		sim = new YtelSim((await instance.startSimulator('ytel')).url);
		await instance.start();
		await sim.reset();
		credential = await rest('POST', '/rest/credentials', { name: 'Ytel e2e webhook', type: 'ytelApi', data: credentialData(sim.url) });
	}, 10 * 60_000);

	afterAll(async () => {
		await instance.dispose();
	}, 120_000);

	it('inbound SMS: set up on activation, one call one execution, strangers start none, survives a restart, restored on deactivation', async () => {
		const before = await numberRecord(sim, NUMBER);
		expect(before.smsUrl).toBe('http://my.host.com/sms');

		// The number already calls another URL: without Replace the Existing URL, activation is refused and nothing changes.
		const careful = await workflowWith('e2e: Ytel webhook, no replace', { event: 'inboundSms', phoneNumber: { __rl: true, mode: 'list', value: NUMBER } });
		const refused = await activate(careful);
		console.log(`Ytel webhook activation on a number already in use: ${refused.status}, "${String(refused.triggers[0]?.errorMessage)}"`);
		expect(refused).toMatchObject({ status: 'failed', triggers: [{ status: 'failed', errorMessage: `The number ${NUMBER} already sends incoming messages to http://my.host.com/sms` }] });
		expect((await numberRecord(sim, NUMBER)).smsUrl).toBe(before.smsUrl);
		await deactivate(careful);

		const workflow = await workflowWith('e2e: Ytel webhook, inbound SMS', {
			event: 'inboundSms',
			phoneNumber: { __rl: true, mode: 'list', value: NUMBER },
			options: { replaceExistingUrl: true },
		});
		expect(await activate(workflow)).toMatchObject({ status: 'published' });
		const state = await waitFor('the stored state', async () => ((await stateOf(workflow.id))?.webhookUrl ? await stateOf(workflow.id) : undefined));
		const pointed = await numberRecord(sim, NUMBER);
		const webhookUrl = `${instance.server!.url}/webhook/${workflow.webhookId}/${String(state!.secret)}`;
		console.log(`Ytel number ${NUMBER} after activation: smsUrl ${String(pointed.smsUrl).replace(String(state!.secret), '<secret>')}, smsMethod ${String(pointed.smsMethod)}`);
		expect({ smsUrl: pointed.smsUrl, smsMethod: pointed.smsMethod }).toEqual({ smsUrl: webhookUrl, smsMethod: 'POST' });
		expect(state).toMatchObject({ number: NUMBER, event: 'inboundSms', previousUrl: before.smsUrl, previousMethod: before.smsMethod });

		const call = await deliver(sim, { event: 'sms', phoneNumber: NUMBER, text: 'First' });
		expect({ status: call.status, contentType: call.contentType, response: call.response }).toEqual({ status: 200, contentType: expect.stringMatching(/^text\/xml/), response: EMPTY_INBOUND_XML });
		await waitFor('one execution', async () => ((await emitted(workflow.id)).length === 1 ? true : undefined));
		await sleep(QUIET_MS);
		expect(await emitted(workflow.id)).toEqual([[Object.fromEntries(new URLSearchParams(call.body))]]);

		// Strangers: another secret, or none at all.
		const wrongSecret = `${webhookUrl.slice(0, -1)}${webhookUrl.endsWith('a') ? 'b' : 'a'}`;
		const answers = [await post(wrongSecret), await post(`${instance.server!.url}/webhook/${workflow.webhookId}`)];
		console.log(`Ytel webhook without the secret: HTTP ${answers.join(', ')}`);
		expect(answers[0]).toBe(403);
		expect(answers[1]).toBeGreaterThanOrEqual(400);
		await sleep(QUIET_MS);
		expect(await emitted(workflow.id)).toHaveLength(1);

		// A restart: n8n finds its set-up in place (no Edit Number) and still answers.
		await instance.stop();
		await sim.clearLog();
		await instance.start();
		const afterRestart = await waitFor('the call after the restart', async () => {
			const again = await deliver(sim, { event: 'sms', phoneNumber: NUMBER, text: 'Second' });
			return again.status === 200 ? again : undefined;
		}, 60_000, 500);
		await waitFor('two executions', async () => ((await emitted(workflow.id)).length === 2 ? true : undefined));
		await sleep(QUIET_MS);
		expect((await emitted(workflow.id)).map((items) => items.map((item) => item.text))).toEqual([['First'], ['Second']]);
		expect(afterRestart.response).toBe(EMPTY_INBOUND_XML);
		expect((await sim.requests()).filter((request) => request.method === 'PUT')).toEqual([]);
		expect((await numberRecord(sim, NUMBER)).smsUrl).toBe(webhookUrl);

		await deactivate(workflow);
		const restored = await waitFor('the number restored', async () => {
			const record = await numberRecord(sim, NUMBER);
			return record.smsUrl !== webhookUrl ? record : undefined;
		});
		expect({ smsUrl: restored.smsUrl, smsMethod: restored.smsMethod }).toEqual({ smsUrl: before.smsUrl, smsMethod: before.smsMethod });
		// Only the secret stays (n8n saves the static data after the deactivation).
		await waitFor('the state cleared', async () => (Object.keys((await stateOf(workflow.id)) ?? {}).join() === 'secret' ? true : undefined));
		expect(await stateOf(workflow.id)).toEqual({ secret: state!.secret });
		// Deactivated: the old URL is n8n's no more.
		expect(await post(webhookUrl)).toBe(404);
		await sleep(QUIET_MS);
		expect(await emitted(workflow.id)).toHaveLength(2);
	}, 8 * 60_000);

	it('campaign workflow callback: a configuration made on activation, one callback one execution, deleted on deactivation', async () => {
		const workflow = await workflowWith('e2e: Ytel campaign callback', { event: 'campaignCallback', callbackFields: ['CONTACT_ID', 'PHONENUMBER1'] });
		expect(await activate(workflow)).toMatchObject({ status: 'published' });
		const state = await waitFor('the configuration', async () => ((await stateOf(workflow.id))?.configurationId ? await stateOf(workflow.id) : undefined));
		const configurationId = String(state!.configurationId);
		const configuration = await configurationRecord(sim, configurationId);
		const webhookUrl = `${instance.server!.url}/webhook/${workflow.webhookId}/${String(state!.secret)}`;
		expect(configuration).toMatchObject({
			eventType: 'campaign_workflow_callback',
			name: 'n8n: e2e: Ytel campaign callback',
			url: webhookUrl,
			httpMethod: 'POST',
			bodyTemplate: '{"contactId":"%CONTACT_ID%","phoneNumber":"%PHONENUMBER1%"}',
		});

		const call = await deliver(sim, { event: 'callback', configurationId, contactId: CONTACT.contactId });
		expect(call.status).toBe(200);
		await waitFor('one execution', async () => ((await emitted(workflow.id)).length === 1 ? true : undefined));
		expect(await post(`${instance.server!.url}/webhook/${workflow.webhookId}/not-the-secret`)).toBe(403);
		await sleep(QUIET_MS);
		expect(await emitted(workflow.id)).toEqual([[{ contactId: CONTACT.contactId, phoneNumber: CONTACT.phone }]]);

		await deactivate(workflow);
		await waitFor('the configuration deleted', async () => ((await configurationRecord(sim, configurationId)) === undefined ? true : undefined));
	}, 5 * 60_000);
});
