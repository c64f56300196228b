/**
 * The Ytel Webhook Trigger through n8n-core's HookContext (checkExists, create, delete) and
 * WebhookContext (the calls), with the real ytelApi credential against the Ytel simulator. n8n's
 * side of a call is played by a small HTTP server that routes `/webhook/<webhookId>/<segment>` to
 * the node as n8n's router does for a path with a parameter; the simulator's `deliver` control
 * makes the calls Ytel would make. Static data is persisted after each set-up step, as n8n does.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HookContext, WebhookContext } from 'n8n-core';
import type { ICredentialDataDecryptedObject, IDataObject, INode, INodeExecutionData, IWebhookData, IWorkflowExecuteAdditionalData, WorkflowActivateMode } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';
import { YtelApi } from '../../credentials/YtelApi.credentials';
import { resetPacing } from '../../nodes/shared/pacing';
import { resetTokenExchanges } from '../../nodes/shared/tokenExchange';
import { EDITABLE_NUMBER_FIELDS, EMPTY_INBOUND_XML, type NumberEvent } from '../../nodes/Ytel/webhook/events';
import { YtelWebhookTrigger } from '../../nodes/Ytel/YtelWebhookTrigger.node';
import { additionalDataFor, nodeTypesOf, testNode, type TestEnvironment } from '../helpers/engine';
import { expectNoSecrets } from '../helpers/secrets';
import { useYtelSim, YTEL_USER } from '../helpers/ytel-sim';
import { configurationRecord, deliver, numberRecord, setNumber } from '../helpers/ytel-webhooks';

const sim = useYtelSim();
const NODE_NAME = 'Ytel Webhook Trigger';
const WEBHOOK_ID = '5f0c3c8e-2b8a-4f53-9a55-2f6a1f9d7c11';
/** Get Number's example: a number of the account, in no number set. */
const NUMBER = '+19495065906';
/** In the number set "test2" (Get Number Set's example). */
const NUMBER_IN_SET = '+19892001234';
/** The contact the runner and campaign examples name. */
const CONTACT = { contactId: 'da54d682-4d48-4f13-a4ee-07c850c05bb8', phone: '+19492221234' };

const EVENTS: Array<[NumberEvent, string, string, string]> = [
	['inboundSms', 'sms', 'smsUrl', 'smsMethod'],
	['inboundCall', 'call', 'voiceUrl', 'voiceMethod'],
	['callEnded', 'hangup', 'hangupCallbackUrl', 'hangupCallbackMethod'],
];

function credentials(): ICredentialDataDecryptedObject {
	return {
		authMode: 'emailPassword',
		email: YTEL_USER.email,
		password: YTEL_USER.password,
		apiToken: '',
		baseUrl: sim.url,
		yccBaseUrl: 'https://ycc-api.ytel.com/api/v2',
		requestsPerSecond: 150,
		accessToken: '',
		refreshToken: '',
	};
}

interface Call {
	status: number;
	items?: INodeExecutionData[];
}

/** n8n for one trigger node: its workflow, the persisted static data, and the webhook endpoint. */
class WebhookHarness {
	persisted: IDataObject = {};
	/** The workflow data each accepted call started (one entry = one execution). */
	runs: INodeExecutionData[][] = [];
	calls: Call[] = [];
	private workflow!: Workflow;
	private server?: http.Server;
	baseUrl = '';
	readonly env: TestEnvironment;
	readonly node: INode;
	readonly type = new YtelWebhookTrigger();

	constructor(parameters: IDataObject) {
		this.env = { nodeTypes: { ytelWebhookTrigger: this.type }, credentialTypes: { ytelApi: new YtelApi() }, credentials: { ytelApi: credentials() } };
		this.node = testNode('ytelWebhookTrigger', parameters, { name: NODE_NAME, webhookId: WEBHOOK_ID, credentials: { ytelApi: { id: 'ytel-cred-1', name: 'Ytel test credential' } } });
		this.load();
	}

	/** A Workflow from the persisted static data, as n8n builds on activation, a restart or a call. */
	load(): void {
		this.workflow = new Workflow({
			id: 'wf-hook',
			name: 'Leads from Ytel',
			nodes: [this.node],
			connections: {},
			active: true,
			nodeTypes: nodeTypesOf(this.env.nodeTypes),
			staticData: JSON.parse(JSON.stringify(this.persisted)),
		});
	}

	get state(): IDataObject {
		return (this.persisted[`node:${NODE_NAME}`] ?? {}) as IDataObject;
	}

	async listen(): Promise<void> {
		this.server = http.createServer((req, res) => void this.handle(req, res));
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
	}

	async close(): Promise<void> {
		if (this.server) await new Promise((resolve) => this.server!.close(resolve));
	}

	private additionalData(): IWorkflowExecuteAdditionalData {
		return { ...additionalDataFor(this.env), webhookBaseUrl: `${this.baseUrl}/webhook`, webhookTestBaseUrl: `${this.baseUrl}/webhook-test` } as IWorkflowExecuteAdditionalData;
	}

	private webhookData(additionalData: IWorkflowExecuteAdditionalData): IWebhookData {
		return {
			httpMethod: 'POST',
			node: NODE_NAME,
			path: `${WEBHOOK_ID}/:secret`,
			webhookDescription: this.type.description.webhooks![0],
			workflowId: 'wf-hook',
			workflowExecuteAdditionalData: additionalData,
			webhookId: WEBHOOK_ID,
		};
	}

	/** One of n8n's webhook methods; static data is saved after it, as n8n does after (de)activation. */
	async hook(method: 'checkExists' | 'create' | 'delete', activation: WorkflowActivateMode = 'activate'): Promise<boolean> {
		const additionalData = this.additionalData();
		const context = new HookContext(this.workflow, this.node, additionalData, 'trigger', activation, this.webhookData(additionalData));
		try {
			return await this.type.webhookMethods.default[method].call(context);
		} finally {
			const { __dataChanged, ...data } = this.workflow.staticData as IDataObject;
			this.persisted = JSON.parse(JSON.stringify(data));
		}
	}

	async activate(): Promise<void> {
		if (!(await this.hook('checkExists'))) await this.hook('create');
	}

	/** As n8n's router: `/webhook/<webhookId>/<one segment>` reaches the node, anything else is 404. */
	private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
		const url = new URL(req.url ?? '/', this.baseUrl);
		const [, prefix, webhookId, secret, ...more] = url.pathname.split('/');
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const raw = Buffer.concat(chunks).toString('utf8');
		if (prefix !== 'webhook' || webhookId !== WEBHOOK_ID || !secret || more.length || req.method !== 'POST') {
			res.writeHead(404).end();
			this.calls.push({ status: 404 });
			return;
		}
		const type = String(req.headers['content-type'] ?? '');
		const body = /json/.test(type) ? JSON.parse(raw || '{}') : /urlencoded/.test(type) ? Object.fromEntries(new URLSearchParams(raw)) : {};
		Object.assign(req, { body, query: Object.fromEntries(url.searchParams), params: { secret: decodeURIComponent(secret) } });
		this.load();
		const additionalData = { ...this.additionalData(), httpRequest: req, httpResponse: res } as unknown as IWorkflowExecuteAdditionalData;
		const context = new WebhookContext(this.workflow, this.node, additionalData, 'webhook', this.webhookData(additionalData), [], null);
		const result = await this.type.webhook.call(context);
		if (!res.writableEnded) res.writeHead(200).end('Webhook call received');
		if (result.workflowData) this.runs.push(result.workflowData[0]);
		this.calls.push({ status: res.statusCode, items: result.workflowData?.[0] });
	}
}

const parametersFor = (event: NumberEvent, extra: IDataObject = {}): IDataObject => ({
	event,
	phoneNumber: { __rl: true, mode: 'list', value: NUMBER },
	...extra,
});

let harness: WebhookHarness | undefined;
async function start(parameters: IDataObject): Promise<WebhookHarness> {
	harness = new WebhookHarness(parameters);
	await harness.listen();
	return harness;
}

beforeEach(() => {
	resetPacing();
	resetTokenExchanges();
});
afterEach(async () => {
	await harness?.close();
	harness = undefined;
});

const sentTo = (requests: Array<{ method: string; path: string }>) => requests.map((request) => `${request.method} ${request.path}`);
const post = async (url: string, body: IDataObject = { from: '+14155550123', text: 'Hi' }) =>
	await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe.each(EVENTS)('Ytel Webhook Trigger, %s', (event, delivered, urlField, methodField) => {
	it('activation points the number at n8n, a call starts exactly one run and is answered at once; deactivation puts the earlier setting back', async () => {
		await setNumber(sim, NUMBER, { [urlField]: '', [methodField]: 'GET' });
		const before = await numberRecord(sim, NUMBER);
		const node = await start(parametersFor(event));
		await sim.clearLog();

		expect(await node.hook('checkExists')).toBe(false);
		expect(await node.hook('create')).toBe(true);
		const secret = String(node.state.secret);
		expect(secret).toMatch(/^[A-Za-z0-9]{40}$/);
		const ours = `${node.baseUrl}/webhook/${WEBHOOK_ID}/${secret}`;
		// Get Number, the number sets, then Edit Number with every editable field as read and only this event's pair changed.
		const requests = (await sim.requests()).filter((request) => request.path.startsWith('/v4/'));
		const pointed = await numberRecord(sim, NUMBER);
		expect({ url: pointed[urlField], method: pointed[methodField] }).toEqual({ url: ours, method: 'POST' });
		const path = `/v4/number/${encodeURIComponent(NUMBER)}`;
		expect(sentTo(requests)).toEqual([`GET ${path}`, 'GET /v4/numberset', ...requests.slice(2, -1).map((request) => `GET ${request.path}`), `PUT ${path}`]);
		const editable = Object.fromEntries(EDITABLE_NUMBER_FIELDS.filter((field) => before[field] !== undefined).map((field) => [field, before[field]]));
		expect(requests[requests.length - 1].body).toEqual({ ...editable, [urlField]: ours, [methodField]: 'POST' });
		expect(await node.hook('checkExists')).toBe(true);

		const call = await deliver(sim, { event: delivered, phoneNumber: NUMBER });
		expect({ status: call.status, contentType: call.contentType, response: call.response }).toEqual({
			status: 200,
			contentType: 'text/xml',
			response: EMPTY_INBOUND_XML,
		});
		expect(node.runs).toHaveLength(1);
		// What Ytel sent, as received (Simplify: the body only).
		expect(node.runs[0].map((item) => item.json)).toEqual([Object.fromEntries(new URLSearchParams(call.body))]);
		expect(node.runs[0][0].json).toMatchObject({ to: NUMBER, from: '+14155550123' });

		expect(await node.hook('delete')).toBe(true);
		const restored = await numberRecord(sim, NUMBER);
		expect({ url: restored[urlField], method: restored[methodField] }).toEqual({ url: '', method: 'GET' });
		expect(node.state).toEqual({ secret });
	});

	it('a number already calling another URL is left alone unless Replace the Existing URL is on; then that URL comes back', async () => {
		const theirs = 'https://crm.example.com/ytel';
		await setNumber(sim, NUMBER, { [urlField]: theirs, [methodField]: 'GET' });
		const refused = await start(parametersFor(event));
		await sim.clearLog();
		await expect(refused.hook('create')).rejects.toThrow(`The number ${NUMBER} already sends`);
		expect(sentTo(await sim.requests())).not.toContainEqual(expect.stringMatching(/^PUT /));
		expect((await numberRecord(sim, NUMBER))[urlField]).toBe(theirs);
		await refused.close();

		const node = await start(parametersFor(event, { options: { replaceExistingUrl: true } }));
		await node.activate();
		expect((await numberRecord(sim, NUMBER))[urlField]).toContain(`/webhook/${WEBHOOK_ID}/`);
		await node.hook('delete');
		const restored = await numberRecord(sim, NUMBER);
		expect({ url: restored[urlField], method: restored[methodField] }).toEqual({ url: theirs, method: 'GET' });
	});
});

describe('Ytel Webhook Trigger: the secret', () => {
	it('a POST without the secret, or with another one, starts nothing and is refused', async () => {
		await setNumber(sim, NUMBER, { smsUrl: '' });
		const node = await start(parametersFor('inboundSms'));
		await node.activate();
		const secret = String(node.state.secret);
		const wrong = `${secret.slice(0, -1)}${secret.endsWith('a') ? 'b' : 'a'}`;
		const answers = [
			await post(`${node.baseUrl}/webhook/${WEBHOOK_ID}/${wrong}`),
			await post(`${node.baseUrl}/webhook/${WEBHOOK_ID}/x`),
			await post(`${node.baseUrl}/webhook/${WEBHOOK_ID}`),
		].map((response) => response.status);
		expect(answers).toEqual([403, 403, 404]);
		expect(node.runs).toHaveLength(0);
		// The secret's owner gets through.
		expect((await post(`${node.baseUrl}/webhook/${WEBHOOK_ID}/${secret}`)).status).toBe(200);
		expect(node.runs).toHaveLength(1);
	});

	it('after a restart (static data reloaded) the trigger still exists and still answers; the secret is the same', async () => {
		await setNumber(sim, NUMBER, { voiceUrl: '' });
		const node = await start(parametersFor('inboundCall'));
		await node.activate();
		const secret = node.state.secret;
		node.load();
		await sim.clearLog();
		expect(await node.hook('checkExists', 'init')).toBe(true);
		expect(sentTo(await sim.requests()).filter((line) => line.includes('/v4/'))).toEqual([`GET /v4/number/${encodeURIComponent(NUMBER)}`]);
		expect(node.state.secret).toBe(secret);
		await deliver(sim, { event: 'call', phoneNumber: NUMBER });
		expect(node.runs).toHaveLength(1);
	});

	it('Simplify off: body, query and headers as received, without the secret', async () => {
		await setNumber(sim, NUMBER, { smsUrl: '' });
		const node = await start(parametersFor('inboundSms', { simplify: false }));
		await node.activate();
		const call = await deliver(sim, { event: 'sms', phoneNumber: NUMBER, contentType: 'json' });
		const [item] = node.runs[0];
		expect(item.json.body).toEqual(JSON.parse(call.body));
		expect(item.json.query).toEqual({});
		expect(item.json.headers).toMatchObject({ 'content-type': 'application/json', 'user-agent': 'Ytel-Simulator' });
		expectNoSecrets(node.runs, [String(node.state.secret)]);
	});
});

describe('Ytel Webhook Trigger: number checks', () => {
	it('a number in a number set is refused by name unless Accept a Number in a Number Set is on', async () => {
		await setNumber(sim, NUMBER_IN_SET, { smsUrl: '' });
		const refused = await start(parametersFor('inboundSms', { phoneNumber: { __rl: true, mode: 'id', value: NUMBER_IN_SET } }));
		await expect(refused.hook('create')).rejects.toThrow(`The number ${NUMBER_IN_SET} belongs to the number set "test2"`);
		expect((await numberRecord(sim, NUMBER_IN_SET)).smsUrl).toBe('');
		await refused.close();
		const node = await start(parametersFor('inboundSms', { phoneNumber: { __rl: true, mode: 'id', value: NUMBER_IN_SET }, options: { allowNumberSet: true } }));
		await node.activate();
		expect((await numberRecord(sim, NUMBER_IN_SET)).smsUrl).toContain(`/webhook/${WEBHOOK_ID}/`);
	});

	it('a number not in E.164 is refused before anything is sent', async () => {
		const node = await start(parametersFor('inboundSms', { phoneNumber: { __rl: true, mode: 'id', value: '949-506-5906' } }));
		await sim.clearLog();
		await expect(node.hook('create')).rejects.toThrow('"Number" must be a phone number in E.164 format');
		expect(sentTo(await sim.requests()).filter((line) => line.includes('/v4/'))).toEqual([]);
	});

	it('deactivation leaves alone a URL someone set after activation', async () => {
		await setNumber(sim, NUMBER, { hangupCallbackUrl: '' });
		const node = await start(parametersFor('callEnded'));
		await node.activate();
		await setNumber(sim, NUMBER, { hangupCallbackUrl: 'https://other.example.com/hangup' });
		await node.hook('delete');
		expect((await numberRecord(sim, NUMBER)).hangupCallbackUrl).toBe('https://other.example.com/hangup');
	});
});

describe('Ytel Webhook Trigger: campaign workflow callback', () => {
	it('activation makes a callback configuration with the picked fields; a callback starts one run; deactivation deletes it', async () => {
		const node = await start({ event: 'campaignCallback', callbackFields: ['CONTACT_ID', 'PHONENUMBER1', 'FIRSTNAME'], otherCallbackFields: 'zip1' });
		await sim.clearLog();
		expect(await node.hook('checkExists')).toBe(false);
		await node.hook('create');
		const secret = String(node.state.secret);
		const [made] = (await sim.requests()).filter((request) => request.path.startsWith('/v4/'));
		expect({ method: made.method, path: made.path, body: made.body }).toEqual({
			method: 'POST',
			path: '/v4/callback/configuration',
			body: {
				eventType: 'campaign_workflow_callback',
				name: 'n8n: Leads from Ytel',
				enabled: true,
				headers: { 'Content-Type': 'application/json' },
				url: `${node.baseUrl}/webhook/${WEBHOOK_ID}/${secret}`,
				httpMethod: 'POST',
				contentType: 'JSON',
				bodyTemplate: '{"contactId":"%CONTACT_ID%","phoneNumber":"%PHONENUMBER1%","firstName":"%FIRSTNAME%","zip1":"%ZIP1%"}',
				successPath: 'HTTP_OK',
				successValue: '',
			},
		});
		const configurationId = String(node.state.configurationId);
		expect(await configurationRecord(sim, configurationId)).toMatchObject({ eventType: 'campaign_workflow_callback', url: `${node.baseUrl}/webhook/${WEBHOOK_ID}/${secret}` });
		expect(await node.hook('checkExists')).toBe(true);

		const call = await deliver(sim, { event: 'callback', configurationId, contactId: CONTACT.contactId });
		expect({ status: call.status, contentType: call.contentType }).toEqual({ status: 200, contentType: 'application/json' });
		expect(node.runs.map((run) => run.map((item) => item.json))).toEqual([[{ contactId: CONTACT.contactId, phoneNumber: CONTACT.phone, firstName: 'Roy', zip1: '' }]]);

		await node.hook('delete');
		expect(await configurationRecord(sim, configurationId)).toBeUndefined();
		expect(await node.hook('checkExists')).toBe(false);
	});

	it('a configuration deleted in Ytel meanwhile: checkExists says so, deactivation still succeeds and forgets it', async () => {
		const node = await start({ event: 'campaignCallback', callbackFields: ['CONTACT_ID'] });
		await node.activate();
		const configurationId = String(node.state.configurationId);
		await sim.api('DELETE', `/v4/callback/configuration/${configurationId}`);
		expect(await node.hook('checkExists')).toBe(false);
		await node.activate();
		const remade = String(node.state.configurationId);
		expect(remade).not.toBe(configurationId);
		await sim.api('DELETE', `/v4/callback/configuration/${remade}`);
		expect(await node.hook('delete')).toBe(true);
		expect(node.state).toEqual({ secret: node.state.secret });
	});

	it('no contact field picked: refused before anything is sent', async () => {
		const node = await start({ event: 'campaignCallback', callbackFields: [], otherCallbackFields: '' });
		await sim.clearLog();
		await expect(node.hook('create')).rejects.toThrow('Pick at least one contact field for the callback');
		expect(sentTo(await sim.requests()).filter((line) => line.includes('/v4/'))).toEqual([]);
	});
});
