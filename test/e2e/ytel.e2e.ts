/**
 * Ytel inside real n8n 2.40.7, installed the way a user installs the package: the node requests
 * of parts 1 and 2 (the engine suite's own scenarios, over the `ytel`, `ytelNumbers`,
 * `ytelCampaigns`, `ytelVoice` and `ytelAdmin` nodes) and the token exchange, each checked against its row (method, full path
 * with its id values, raw query, exact body; uploads: every multipart part). As in the engine
 * suite every request starts from the simulator's example records: per request the simulator is
 * reset, the scenario's records made, a fresh `ytelApi` credential created through n8n's REST API
 * (so its password-grant sign-in is the token exchange checked against its row) and a workflow run
 * through REST. Then the description sizes n8n serves, the credential Test, and the trigger through
 * activation toggles.
 */
import * as crypto from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';
import { exampleBodyOf, expectPathMatches, expectQueryMatches, expectRequestMatches, parametersOf, rowFor, type CoverageScenario, type LoggedRequest } from '../helpers/coverage';
import { rowsOf } from '../helpers/rows';
import { expectNoSecrets } from '../helpers/secrets';
import { YTEL_API_TOKEN, YTEL_USER, YtelSim } from '../helpers/ytel-sim';
import { adminAccountsRows, adminAccountsScenarios } from '../ytel/admin-accounts-scenarios';
import { adminUsersRows, adminUsersScenarios } from '../ytel/admin-users-scenarios';
import { campaignsRows, campaignsScenarios } from '../ytel/campaigns-scenarios';
import { numbersRows, numbersScenarios } from '../ytel/numbers-scenarios';
import { voiceCallsRows, voiceCallsScenarios } from '../ytel/voice-calls-scenarios';
import { voiceRoutingRows, voiceRoutingScenarios } from '../ytel/voice-routing-scenarios';
import { yccRows, yccScenarios } from '../ytel/ycc-scenarios';
import { multipartParts, ytelRows, ytelScenarios, type YtelScenario } from '../ytel/ytel-scenarios';
import { describeTrigger, N8nInstance, PACKAGE, waitFor } from './n8n-instance';

const TOKEN_ROW = rowsOf('Ytel', [['CPaaS API', 'Authentication']]);
const PART_ONE_ROWS = [...TOKEN_ROW, ...ytelRows, ...numbersRows, ...campaignsRows];
/** Part 2: voice (the live-list websocket is not HTTP and has no row here) and administration. */
const PART_TWO_ROWS = [...voiceCallsRows, ...voiceRoutingRows, ...adminAccountsRows, ...adminUsersRows];
/** Part 3's contact-centre administration (YCC), on the credential's Contact Centre Base URL; x5 has its own suite. */
const YCC_ROWS = yccRows;
const ALL_ROWS = [...PART_ONE_ROWS, ...PART_TWO_ROWS, ...YCC_ROWS];
const TRIGGER_NODE = 'Ytel Trigger';
const FINISHED = new Set(['success', 'error', 'crashed', 'canceled']);

/** Every scenario with the node that runs it. */
const plan: Array<{ node: string; scenario: YtelScenario; rows: typeof ytelRows }> = [
	...ytelScenarios.map((scenario) => ({ node: 'ytel', scenario, rows: ytelRows })),
	...(numbersScenarios as YtelScenario[]).map((scenario) => ({ node: 'ytelNumbers', scenario, rows: numbersRows })),
	...(campaignsScenarios as YtelScenario[]).map((scenario) => ({ node: 'ytelCampaigns', scenario, rows: campaignsRows })),
	...(voiceCallsScenarios as YtelScenario[]).map((scenario) => ({ node: 'ytelVoice', scenario, rows: voiceCallsRows })),
	...(voiceRoutingScenarios as YtelScenario[]).map((scenario) => ({ node: 'ytelVoice', scenario, rows: voiceRoutingRows })),
	...(adminAccountsScenarios as YtelScenario[]).map((scenario) => ({ node: 'ytelAdmin', scenario, rows: adminAccountsRows })),
	...(adminUsersScenarios as YtelScenario[]).map((scenario) => ({ node: 'ytelAdmin', scenario, rows: adminUsersRows })),
	...(yccScenarios as YtelScenario[]).map((scenario) => ({ node: 'ytelContactCenterAdmin', scenario, rows: yccRows })),
];

interface Outcome {
	parameters: IDataObject;
	status: string;
	items: Array<{ json: IDataObject; error?: IDataObject }>;
	error?: IDataObject;
	requests: LoggedRequest[];
	data: string;
}

/** The credential's fields as a user fills them (Email and Password), pointing at the simulator. */
const credentialData = (url: string, password = YTEL_USER.password): IDataObject => ({
	authMode: 'emailPassword',
	email: YTEL_USER.email,
	password,
	apiToken: '',
	baseUrl: url,
	yccBaseUrl: `${url}/api/v2`,
	requestsPerSecond: 50,
});

/** The file a scenario uploads, made by a Code node in front of the Ytel node. */
const uploadNode = (scenario: YtelScenario, parameters: IDataObject): IDataObject => {
	const upload = scenario.upload!;
	const binary = { [String(parameters.binaryPropertyName)]: { data: Buffer.from(upload.content).toString('base64'), mimeType: upload.mimeType, fileName: upload.fileName } };
	return {
		id: crypto.randomUUID(),
		name: 'File',
		type: 'n8n-nodes-base.code',
		typeVersion: 2,
		position: [200, 0],
		parameters: { jsCode: `return [${JSON.stringify({ json: {}, binary })}];` },
	};
};

describe('Ytel in real n8n', () => {
	const instance = new N8nInstance();
	let sim: YtelSim;
	const outcomes: Outcome[] = [];

	const rest = <T = any>(method: string, route: string, body?: unknown) => instance.rest.request<T>(method, route, body);
	const createCredential = async (name: string, data: IDataObject) =>
		await rest<{ id: string; name: string }>('POST', '/rest/credentials', { name, type: 'ytelApi', data });
	const finished = async (executionId: string) =>
		await waitFor(`execution ${executionId}`, async () => {
			const execution = await rest<{ status: string; data: string }>('GET', `/rest/executions/${executionId}`);
			return FINISHED.has(execution.status) ? execution : undefined;
		}, 120_000, 100);

	/** One scenario from the example records: reset, its own records, a fresh credential, one run. */
	async function runScenario(index: number): Promise<Outcome> {
		const { node, scenario } = plan[index];
		await sim.reset();
		const parameters = await parametersOf(scenario, sim);
		await sim.clearLog();
		const credential = await createCredential(`Ytel e2e ${index + 1}`, credentialData(sim.url));
		const ytelNode = {
			id: crypto.randomUUID(),
			name: 'Ytel',
			type: `${PACKAGE}.${node}`,
			typeVersion: 1,
			position: [400, 0],
			parameters,
			credentials: { ytelApi: { id: credential.id, name: credential.name } },
		};
		const before = scenario.upload ? [uploadNode(scenario, parameters)] : [];
		const chain = ['Start', ...before.map((entry) => String(entry.name)), 'Ytel'];
		const workflow = await rest<{ id: string }>('POST', '/rest/workflows', {
			name: `e2e Ytel ${String(index + 1).padStart(3, '0')} ${scenario.row}`,
			active: false,
			settings: { executionOrder: 'v1', timezone: 'UTC' },
			nodes: [{ id: crypto.randomUUID(), name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} }, ...before, ytelNode],
			connections: Object.fromEntries(chain.slice(0, -1).map((name, position) => [name, { main: [[{ node: chain[position + 1], type: 'main', index: 0 }]] }])),
		});
		const { executionId } = await rest<{ executionId: string }>('POST', `/rest/workflows/${workflow.id}/run`, { triggerToStartFrom: { name: 'Start' } });
		const execution = await finished(String(executionId));
		const decoded = instance.decode(execution.data) as any;
		const task = decoded.resultData.runData.Ytel?.[0];
		return {
			parameters,
			status: execution.status,
			items: task?.data?.main?.[0] ?? [],
			error: task?.error ?? decoded.resultData.error,
			requests: (await sim.requests()) as unknown as LoggedRequest[],
			data: execution.data,
		};
	}

	beforeAll(async () => {
		await instance.prepare();
		sim = new YtelSim((await instance.startSimulator('ytel')).url);
		await instance.start();
		for (let index = 0; index < plan.length; index++) outcomes.push(await runScenario(index));
	}, 30 * 60_000);

	afterAll(async () => {
		await instance.dispose();
	}, 120_000);

	it('runs all 246 requests of the v4, voice, administration and YCC APIs, each sending exactly what its row and example show', () => {
		expect(PART_ONE_ROWS).toHaveLength(104);
		expect(PART_TWO_ROWS).toHaveLength(110);
		expect(YCC_ROWS).toHaveLength(32);
		// One scenario per row; the token row is every scenario's sign-in.
		expect(plan).toHaveLength(ALL_ROWS.length - 1);
		const covered = new Set<string>();
		const tokenRow = TOKEN_ROW[0];
		const signIn = JSON.parse(JSON.stringify(exampleBodyOf(tokenRow)).replace('{{email}}', YTEL_USER.email).replace('{{password}}', YTEL_USER.password));
		plan.forEach((entry, index) => {
			const { scenario } = entry;
			const outcome = outcomes[index];
			const label = `${entry.node}: ${scenario.row}`;
			expect({ label, status: outcome.status, error: outcome.error?.message }).toEqual({ label, status: 'success', error: undefined });
			// A fresh credential signs in first, with the collection's own token request.
			const [exchange, ...api] = outcome.requests;
			const tokenScenario: CoverageScenario<YtelSim> = { row: tokenRow.name, parameters: {}, body: () => signIn };
			expectRequestMatches(tokenRow, tokenScenario, {}, exchange);
			covered.add(`${tokenRow.folderPath.join('/')}::${tokenRow.name}`);
			expect({ label, sent: api.map((request) => `${request.method} ${request.path}`) }).toEqual({ label, sent: [expect.any(String)] });
			const row = rowFor(entry.rows, scenario);
			const [request] = api;
			if (scenario.upload) {
				expect(request.method).toBe(row.method);
				expectPathMatches(row, scenario.path, outcome.parameters, request);
				expectQueryMatches(typeof scenario.query === 'function' ? scenario.query(outcome.parameters) : scenario.query, request);
				const { fileField, fields, fileName, content } = scenario.upload;
				expect(multipartParts(request)).toEqual({
					...Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, { filename: undefined, content: value }])),
					[fileField]: { filename: fileName, content },
				});
			} else {
				expectRequestMatches(row, scenario, outcome.parameters, request);
			}
			expect(String(request.headers.authorization)).toMatch(/^Bearer \S+/);
			const output = outcome.items.map((item) => item.json);
			expect({ label, items: output.length > 0 }).toEqual({ label, items: true });
			scenario.check?.(output, request, outcome.parameters);
			covered.add(`${row.folderPath.join('/')}::${row.name}`);
		});
		const coveredOf = (rows: typeof ALL_ROWS) => rows.filter((row) => covered.has(`${row.folderPath.join('/')}::${row.name}`)).length;
		console.log(`Ytel coverage in real n8n: ${covered.size}/${ALL_ROWS.length} requests (part 1 ${coveredOf(PART_ONE_ROWS)}/104, part 2 ${coveredOf(PART_TWO_ROWS)}/110, YCC ${coveredOf(YCC_ROWS)}/32)`);
		expect(covered.size).toBe(ALL_ROWS.length);
	});

	it('no password, API token or access token in any execution n8n stored', () => {
		const tokens = new Set(outcomes.flatMap((outcome) => outcome.requests.map((request) => String(request.headers.authorization ?? '').replace(/^Bearer /, ''))).filter(Boolean));
		expect(tokens.size).toBeGreaterThan(0);
		for (const outcome of outcomes) expectNoSecrets(outcome.data, [YTEL_USER.password, YTEL_API_TOKEN, ...tokens]);
	});

	it('each Ytel node description, as n8n serves it, stays within 200 KB', async () => {
		const types = await rest<Array<IDataObject & { name: string }>>('GET', '/types/nodes.json');
		const ytel = types.filter((type) => type.name.startsWith(`${PACKAGE}.ytel`));
		expect(ytel.map((type) => type.name)).toEqual(expect.arrayContaining(['ytel', 'ytelNumbers', 'ytelCampaigns', 'ytelVoice', 'ytelAdmin', 'ytelContactCenter', 'ytelContactCenterAdmin', 'ytelTrigger', 'ytelWebhookTrigger'].map((name) => `${PACKAGE}.${name}`)));
		for (const type of ytel) {
			const size = Buffer.byteLength(JSON.stringify(type));
			console.log(`description size of ${type.name}: ${(size / 1024).toFixed(1)} KB`);
			expect(size).toBeLessThanOrEqual(200 * 1024);
		}
	});

	it('the Test button signs in with the right password and names a wrong one', async () => {
		await sim.reset();
		const saved = await createCredential('Ytel e2e Test', credentialData(sim.url));
		const test = (password: string) =>
			rest<{ status: string; message: string }>('POST', '/rest/credentials/test', {
				credentials: { id: saved.id, name: saved.name, type: 'ytelApi', data: credentialData(sim.url, password) },
			});
		await sim.clearLog();
		expect(await test(YTEL_USER.password)).toMatchObject({ status: 'OK' });
		expect((await sim.requests()).map((request) => `${request.method} ${request.path} ${request.status}`)).toEqual(['POST /auth/v3/token 200', 'GET /v4/timezone/ 200']);
		const wrong = 'Wrong-Passw0rd-e2e';
		const refused = await test(wrong);
		console.log(`Ytel credential Test, wrong password: ${refused.message}`);
		expect(refused).toEqual({ status: 'Error', message: 'Ytel refused the email or password (HTTP 200, code 403): Authentication Error (Invalid username or password)' });
		expectNoSecrets(refused, [wrong, YTEL_USER.password]);
	});

	describeTrigger('the trigger', () => {
		it('activation takes a baseline; a new inbound SMS comes out once', async () => {
			await sim.reset();
			await sim.insert({ kind: 'sms', at: Date.now() - 60_000 });
			const credential = await createCredential('Ytel e2e trigger', credentialData(sim.url));
			const workflow = await rest<{ id: string; versionId: string }>('POST', '/rest/workflows', {
				name: 'e2e: Ytel new inbound SMS',
				active: false,
				settings: { executionOrder: 'v1' },
				nodes: [
					{
						id: crypto.randomUUID(),
						name: TRIGGER_NODE,
						type: `${PACKAGE}.ytelTrigger`,
						typeVersion: 1,
						position: [0, 0],
						parameters: { pollTimes: { item: [{ mode: 'everyMinute' }] }, event: 'newInboundSms' },
						credentials: { ytelApi: { id: credential.id, name: credential.name } },
					},
				],
				connections: {},
			});
			await rest('POST', `/rest/workflows/${workflow.id}/activate`, { versionId: workflow.versionId });
			const emitted = async () =>
				(await instance.executions(workflow.id)).map((execution) =>
					(((execution.data.resultData as IDataObject).runData as any)[TRIGGER_NODE]?.[0]?.data?.main?.[0] ?? []).map((item: { json: IDataObject }) => item.json.smsSid),
				);
			await waitFor('the baseline', async () => (await instance.staticData(workflow.id))?.[`node:${TRIGGER_NODE}`]);
			expect(await emitted()).toEqual([]);

			const [sms] = await sim.insert({ kind: 'sms', at: Date.now() });
			await instance.togglePoll(workflow.id);
			await waitFor('the new SMS', async () => (await emitted()).length === 1);
			await instance.togglePoll(workflow.id);
			await new Promise((resolve) => setTimeout(resolve, 1500));
			expect(await emitted()).toEqual([[sms.id]]);
		}, 180_000);
	});
});
