/**
 * Ytel's contact centre (x5) inside real n8n 2.40.7, installed the way a user installs the
 * package, against the x5 simulator running as its own process: every scenario of the `plan`
 * (the engine suite's own: the 21 Agent API and the 21 Non-Agent API requests) run by the
 * `ytelContactCenter` node through n8n's REST API with a fresh `ytelContactCenterApi` credential
 * (Count Available also with a `ytelApi` credential, whose v4 token it sends), each checked against its row (path, the exact raw query with the function, every
 * parameter and the credential's user, pass and source) and counted by the simulator as one
 * successful call of its function. Then an ERROR line with a canary password (masked in all that
 * n8n stored), the description size n8n serves, and the credential Test.
 */
import * as crypto from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';
import { expectRequestMatches, parametersOf, rowFor, type LoggedRequest } from '../helpers/coverage';
import type { EndpointRow } from '../helpers/rows';
import { expectNoSecrets } from '../helpers/secrets';
import { YTEL_API_TOKEN } from '../helpers/ytel-sim';
import { X5_LOGIN, YtelX5Sim } from '../helpers/ytel-x5-sim';
import { CANARY_PASSWORD, X5_SOURCE, x5AgentRows, x5AgentScenarios, type X5Scenario } from '../ytel/x5-agent-scenarios';
import { AGENT_LIST_ACCESS, NON_AGENT_LOGIN, nonAgentRows, nonAgentScenarios } from '../ytel/x5-nonagent-scenarios';
import { N8nInstance, PACKAGE, waitFor } from './n8n-instance';

const FINISHED = new Set(['success', 'error', 'crashed', 'canceled']);
const NODE_NAME = 'Ytel Contact Center';
const CREDENTIAL_TYPE = 'ytelContactCenterApi';

interface Login {
	user: string;
	pass: string;
	source: string;
	/** Agent List's extra values, and whether the node also signs with a `ytelApi` credential (Count Available). */
	agentList?: { ytelToken: string; accountSid: string };
	bearer?: boolean;
}
const AGENT_LOGIN: Login = { user: X5_LOGIN.user, pass: X5_LOGIN.pass, source: X5_SOURCE };

/** Every scenario with the rows it belongs to and the login its expected query holds. */
const plan: Array<{ scenario: X5Scenario; rows: EndpointRow[]; login: Login }> = [
	...x5AgentScenarios.map((scenario) => ({ scenario, rows: x5AgentRows, login: AGENT_LOGIN })),
	...nonAgentScenarios(NON_AGENT_LOGIN, AGENT_LIST_ACCESS).map((scenario) => ({
		scenario: scenario as unknown as X5Scenario,
		rows: nonAgentRows,
		login: { ...NON_AGENT_LOGIN, agentList: AGENT_LIST_ACCESS, bearer: scenario.login === 'bearer' },
	})),
];
const ALL_ROWS = [...new Set(plan.flatMap((entry) => entry.rows))];

interface Outcome {
	parameters: IDataObject;
	status: string;
	items: Array<{ json: IDataObject; error?: IDataObject }>;
	error?: IDataObject;
	requests: LoggedRequest[];
	counts: Record<string, { requests: number; success: number; error: number; refused: number }>;
	data: string;
}

/** The credential's fields as a user fills them, pointing at the simulator. */
const credentialData = (url: string, password = X5_LOGIN.pass, login: Login = AGENT_LOGIN): IDataObject => ({
	subdomain: '',
	baseUrl: url,
	apiUser: login.user,
	apiPassword: password,
	source: login.source,
	ytelToken: login.agentList?.ytelToken ?? '',
	accountSid: login.agentList?.accountSid ?? '',
	requestsPerSecond: 50,
});
/** Count Available's second credential: the v4 token (API Token mode) the x5 simulator accepts. */
const ytelApiData: IDataObject = { authMode: 'apiToken', email: '', password: '', apiToken: YTEL_API_TOKEN, baseUrl: 'https://api.ytel.com', yccBaseUrl: 'https://ycc-api.ytel.com/api/v2', requestsPerSecond: 50 };

describe('Ytel Contact Center in real n8n', () => {
	const instance = new N8nInstance();
	let sim: YtelX5Sim;
	const outcomes: Outcome[] = [];

	const rest = <T = any>(method: string, route: string, body?: unknown) => instance.rest.request<T>(method, route, body);
	const createCredential = async (name: string, data: IDataObject) => await rest<{ id: string; name: string }>('POST', '/rest/credentials', { name, type: CREDENTIAL_TYPE, data });
	const finished = async (executionId: string) =>
		await waitFor(`execution ${executionId}`, async () => {
			const execution = await rest<{ status: string; data: string }>('GET', `/rest/executions/${executionId}`);
			return FINISHED.has(execution.status) ? execution : undefined;
		}, 120_000, 100);

	/** One run of the node with these parameters and a fresh credential. */
	async function run(label: string, parameters: IDataObject, password = X5_LOGIN.pass, login: Login = AGENT_LOGIN): Promise<Outcome> {
		await sim.clearLog();
		const credential = await createCredential(`Ytel x5 e2e ${label}`, credentialData(sim.url, password, login));
		const ytelApi = login.bearer ? await rest<{ id: string; name: string }>('POST', '/rest/credentials', { name: `Ytel e2e ${label}`, type: 'ytelApi', data: ytelApiData }) : undefined;
		const workflow = await rest<{ id: string }>('POST', '/rest/workflows', {
			name: `e2e Ytel x5 ${label}`,
			active: false,
			settings: { executionOrder: 'v1', timezone: 'UTC' },
			nodes: [
				{ id: crypto.randomUUID(), name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
				{
					id: crypto.randomUUID(),
					name: NODE_NAME,
					type: `${PACKAGE}.ytelContactCenter`,
					typeVersion: 1,
					position: [200, 0],
					parameters,
					credentials: {
						[CREDENTIAL_TYPE]: { id: credential.id, name: credential.name },
						...(ytelApi ? { ytelApi: { id: ytelApi.id, name: ytelApi.name } } : {}),
					},
				},
			],
			connections: { Start: { main: [[{ node: NODE_NAME, type: 'main', index: 0 }]] } },
		});
		const { executionId } = await rest<{ executionId: string }>('POST', `/rest/workflows/${workflow.id}/run`, { triggerToStartFrom: { name: 'Start' } });
		const execution = await finished(String(executionId));
		const decoded = instance.decode(execution.data) as any;
		const task = decoded.resultData.runData[NODE_NAME]?.[0];
		return {
			parameters,
			status: execution.status,
			items: task?.data?.main?.[0] ?? [],
			error: task?.error ?? decoded.resultData.error,
			requests: (await sim.requests()) as unknown as LoggedRequest[],
			counts: await sim.counts(),
			data: execution.data,
		};
	}

	beforeAll(async () => {
		await instance.prepare();
		sim = new YtelX5Sim((await instance.startSimulator('ytel-x5')).url);
		await instance.start();
		for (let index = 0; index < plan.length; index++) {
			const { scenario, login } = plan[index];
			await sim.reset();
			if (login !== AGENT_LOGIN) await sim.configure({ user: login.user, pass: login.pass });
			const parameters = await parametersOf(scenario, sim);
			outcomes.push(await run(`${String(index + 1).padStart(2, '0')} ${scenario.row}`, parameters, login.pass, login));
		}
	}, 30 * 60_000);

	afterAll(async () => {
		await instance.dispose();
	}, 120_000);

	it('runs every request of the plan, each sending exactly what its row shows with the credential’s login', () => {
		expect(x5AgentRows).toHaveLength(21);
		expect(nonAgentRows).toHaveLength(21);
		expect(plan).toHaveLength(ALL_ROWS.length);
		const covered = new Set<string>();
		plan.forEach(({ scenario, rows, login }, index) => {
			const outcome = outcomes[index];
			const label = scenario.row;
			expect({ label, status: outcome.status, error: outcome.error?.message }).toEqual({ label, status: 'success', error: undefined });
			expect({ label, sent: outcome.requests.length }).toEqual({ label, sent: 1 });
			const row = rowFor(rows, scenario);
			const [request] = outcome.requests;
			expectRequestMatches(row, scenario, outcome.parameters, request);
			// Count Available signs with the v4 token; every other request carries the login in its query only.
			expect({ label, authorization: request.headers.authorization }).toEqual({ label, authorization: login.bearer ? `Bearer ${YTEL_API_TOKEN}` : undefined });
			const fn = (row as EndpointRow & { rpcFunction: string }).rpcFunction;
			if (outcome.counts[fn]) expect({ label, count: outcome.counts[fn] }).toEqual({ label, count: { requests: 1, success: 1, error: 0, refused: 0 } });
			const output = outcome.items.map((item) => item.json);
			expect({ label, items: output.length > 0 }).toEqual({ label, items: true });
			scenario.check?.(output, request, outcome.parameters);
			covered.add(`${row.folderPath.join('/')}::${row.name}`);
		});
		console.log(`Ytel contact center coverage in real n8n: ${covered.size}/${ALL_ROWS.length} requests`);
		expect(covered.size).toBe(ALL_ROWS.length);
	});

	it('no API password in any execution n8n stored', () => {
		for (const outcome of outcomes) expectNoSecrets(outcome.data, [X5_LOGIN.pass, NON_AGENT_LOGIN.pass, AGENT_LIST_ACCESS.ytelToken, YTEL_API_TOKEN]);
	});

	it('an ERROR line fails the node with the reason; the canary password shows in no form in what n8n stored', async () => {
		await sim.reset();
		await sim.configure({ pass: CANARY_PASSWORD });
		const outcome = await run('error line', { resource: 'agentSession', operation: 'pause', agentUser: '2000', pauseAction: 'PAUSE' }, CANARY_PASSWORD);
		expect(outcome.status).toBe('error');
		expect(outcome.error?.message).toBe('Ytel contact center error: agent_user is not logged in');
		expect(outcome.requests[0].query.pass).toBe(CANARY_PASSWORD);
		expectNoSecrets(outcome.data, [CANARY_PASSWORD]);
		const refused = await run('refused login', { resource: 'agentSession', operation: 'pause', agentUser: '1000', pauseAction: 'PAUSE' }, `${CANARY_PASSWORD}-wrong`);
		expect(String(refused.error?.message)).toMatch(/^Ytel contact center rejected the API user/);
		expectNoSecrets(refused.data, [`${CANARY_PASSWORD}-wrong`]);
	});

	it('the node description, as n8n serves it, stays within 200 KB', async () => {
		const types = await rest<Array<IDataObject & { name: string }>>('GET', '/types/nodes.json');
		const node = types.find((type) => type.name === `${PACKAGE}.ytelContactCenter`);
		expect(node).toBeDefined();
		const size = Buffer.byteLength(JSON.stringify(node));
		console.log(`description size of ${node!.name}: ${(size / 1024).toFixed(1)} KB`);
		expect(size).toBeLessThanOrEqual(200 * 1024);
	});

	it('the Test button: a right login passes (even without the right to the function), a wrong one is named', async () => {
		await sim.reset();
		const saved = await createCredential('Ytel x5 e2e Test', credentialData(sim.url));
		const test = (password: string) =>
			rest<{ status: string; message: string }>('POST', '/rest/credentials/test', {
				credentials: { id: saved.id, name: saved.name, type: CREDENTIAL_TYPE, data: credentialData(sim.url, password) },
			});
		await sim.clearLog();
		expect(await test(X5_LOGIN.pass)).toMatchObject({ status: 'OK' });
		expect((await sim.requests()).map((request) => request.query.function)).toEqual(['webserver']);
		await sim.configure({ deny: ['webserver'] });
		expect(await test(X5_LOGIN.pass)).toMatchObject({ status: 'OK' });
		const wrong = 'Wrong-x5-Passw0rd';
		const refused = await test(wrong);
		console.log(`Ytel contact center credential Test, wrong password: ${refused.message}`);
		expect(refused).toEqual({ status: 'Error', message: 'Ytel refused the API User or API Password' });
		expectNoSecrets(refused, [wrong]);
		expect((await sim.counts()).webserver.refused).toBe(2);
	});
});
