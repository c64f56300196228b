/**
 * The package inside real n8n 2.40.7, installed the way a user installs it: all 68 requests of the
 * Outseta collection and the two lists of its prose as parallel branches of one workflow run by
 * `n8n execute`, each checked against its row with the exact body and query written from the
 * example (profile requests with the user-token credential, which signs in through n8n's
 * preAuthentication); an error that keeps its HTTP code; both credentials' Test buttons; the AI
 * tool registration and description sizes; and the trigger driven by activation toggles and a
 * restart.
 */
import type { IDataObject } from 'n8n-workflow';
import { expectRequestMatches, expectScenarioOutput, type LoggedRequest } from '../helpers/coverage';
import { OUTSETA_KEYS, OutsetaSim, TEST_USER } from '../helpers/outseta';
import { outsetaRows, proseRows, restoreTestUser, rowOf, scenarios, type OutsetaScenario } from '../outseta/scenarios';
import { branchesWorkflow, describeTrigger, LEGACY, N8N_VERSION, N8nInstance, PACKAGE, rejection, waitFor } from './n8n-instance';

const CREDENTIAL = { id: 'outsetaE2eCred01', name: 'Outseta e2e' };
const USER_CREDENTIAL = { id: 'outsetaE2eUser01', name: 'Outseta e2e user' };
const ACTIONS_ID = 'e2eOutsetaActions';
const FAILING_ID = 'e2eOutsetaFailing';
const TRIGGER_ID = 'e2eOutsetaTrigger';
const TRIGGER_NODE = 'Outseta Trigger';
const RETURN_ALL = 'Return All people';
const MISSING = 'Missing person';
const CANARY = OUTSETA_KEYS.secretKey;
const DESCRIPTION_BUDGET = 200 * 1024;

const summary = { workflows: 0, operationsChecked: 0, triggerRecords: 0, executions: 0 };
/** Lets the simulator's one-second window (4 requests) empty, so a Test's requests are not refused for others'. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1100));
const nodeName = (index: number, row: string) => `${String(index + 1).padStart(2, '0')} ${row}`;
const credentials = { outsetaApi: CREDENTIAL, outsetaUserTokenApi: USER_CREDENTIAL };

describe('Outseta in real n8n', () => {
	const instance = new N8nInstance();
	let sim: OutsetaSim;
	let actionsRun: any;
	let failingRun: any;
	let actionsStdout = '';
	let actionRequests: LoggedRequest[] = [];
	const parameters: IDataObject[] = [];
	let peopleAfterActions = 0;
	const suiteStarted = Date.now();

	beforeAll(async () => {
		await instance.prepare();
		sim = new OutsetaSim((await instance.startSimulator('outseta')).url);
		await sim.reset();
		await sim.control('seed', { people: 226 });
		for (const scenario of scenarios) parameters.push(await (typeof scenario.parameters === 'function' ? scenario.parameters(sim) : scenario.parameters));

		instance.importJson('credentials', [
			{ ...CREDENTIAL, type: 'outsetaApi', data: { subdomain: '', baseUrl: sim.apiRoot, ...OUTSETA_KEYS, requestsPerSecond: 4 } },
			{
				...USER_CREDENTIAL,
				type: 'outsetaUserTokenApi',
				data: { subdomain: '', baseUrl: sim.apiRoot, username: TEST_USER.username, password: TEST_USER.password, tokenUrl: '', requestsPerSecond: 4 },
			},
		]);
		const type = `${PACKAGE}.outseta`;
		const actions = branchesWorkflow(
			ACTIONS_ID,
			'e2e: every Outseta request',
			[
				...scenarios.map((scenario, index) => ({ name: nodeName(index, scenario.row), type, parameters: parameters[index] })),
				{ name: RETURN_ALL, type, parameters: { resource: 'person', operation: 'getAll', returnAll: true } },
			],
			credentials,
		);
		actions.settings = { executionOrder: 'v1', timezone: 'UTC' };
		const failing = branchesWorkflow(
			FAILING_ID,
			'e2e: a failing Outseta node',
			[{ name: MISSING, type, parameters: { resource: 'person', operation: 'get', personId: { __rl: true, mode: 'id', value: 'missing-e2e' } } }],
			credentials,
		);
		delete ((failing.nodes as IDataObject[])[1] as IDataObject).onError;
		instance.importJson('workflow', [
			actions,
			failing,
			{
				id: TRIGGER_ID,
				name: 'e2e: new people',
				active: false,
				settings: { executionOrder: 'v1' },
				nodes: [
					{
						id: '5a0e7b9c-8d1f-4e2a-9b3c-000000000001',
						name: TRIGGER_NODE,
						type: `${PACKAGE}.outsetaTrigger`,
						typeVersion: 1,
						position: [0, 0],
						parameters: { pollTimes: { item: [{ mode: 'everyMinute' }] }, event: 'newPerson' },
						credentials,
					},
				],
				connections: {},
			},
		]);
		summary.workflows = 3;

		// Let the simulator's one-second window empty, so only the workflow's own requests count.
		await new Promise((resolve) => setTimeout(resolve, 1100));
		await sim.clearLog();
		const started = Date.now();
		const executed = instance.execute(ACTIONS_ID);
		instance.timings.executeActions = Date.now() - started;
		actionsRun = executed.run;
		actionsStdout = executed.stdout;
		actionRequests = (await sim.requests()) as unknown as LoggedRequest[];
		// Update Password changed the test user's password: back to the credential's.
		await restoreTestUser(sim);
		peopleAfterActions = (await sim.api('GET', '/crm/people?limit=1&fields=Uid')).body.metadata.total;
		failingRun = instance.execute(FAILING_ID).run;

		if (!LEGACY) instance.cli(['publish:workflow', `--id=${TRIGGER_ID}`]);
		const server = await instance.start();
		instance.timings.serverReady = server.readyMs;
	}, 30 * 60_000);

	afterAll(async () => {
		await instance.dispose();
		const seconds = (ms?: number) => (ms === undefined ? '-' : `${(ms / 1000).toFixed(1)} s`);
		console.log(
			[
				`e2e summary (n8n ${N8N_VERSION})`,
				`  workflows: ${summary.workflows}, operations checked: ${summary.operationsChecked}, trigger records: ${summary.triggerRecords} in ${summary.executions} executions`,
				`  runtime ${seconds(instance.timings.runtime)}, pack+install ${seconds(instance.timings.packAndInstall)}, ` +
					`execute ${seconds(instance.timings.executeActions)}, server ready ${seconds(instance.timings.serverReady)}, ` +
					`whole suite ${seconds(Date.now() - suiteStarted)}`,
			].join('\n'),
		);
	}, 120_000);

	const outputOf = (name: string): IDataObject[] => {
		const task = actionsRun.data.resultData.runData[name]?.[0];
		return (task?.data?.main?.[0] ?? []).map((item: { json: IDataObject }) => item.json);
	};

	it('ran the actions workflow to success', () => {
		expect(actionsRun.status).toBe('success');
		expect(actionsRun.mode).toBe('cli');
	});

	it('runs all 68 requests of the collection and the two prose lists, sending exactly what the examples show', () => {
		// v1 order runs the branches top to bottom; each sends its scenario's requests (the first
		// user-token branch signs in first).
		const accepted = actionRequests.filter((request) => request.status !== 429);
		const covered = new Set<string>();
		const prose = new Set<string>();
		let next = 0;
		scenarios.forEach((scenario: OutsetaScenario, index) => {
			const name = nodeName(index, scenario.row);
			const output = outputOf(name);
			expect({ name, error: output[0]?.error }).toEqual({ name, error: undefined });
			const sent = accepted.slice(next, next + (scenario.requests ?? 1));
			next += sent.length;
			const request = scenario.pick ? scenario.pick(sent) : sent[0];
			const row = rowOf(scenario);
			expectRequestMatches(row, scenario, parameters[index], request, '/api/v1');
			if (row.name === 'Get Auth Token') expect(request.headers.authorization).toBeUndefined();
			else if (scenario.authentication === 'userToken') expect(request.headers.authorization).toMatch(/^bearer \S+$/);
			else expect(request.headers.authorization).toBe(`Outseta ${OUTSETA_KEYS.apiKey}:${CANARY}`);
			expectScenarioOutput(scenario, output, request, parameters[index]);
			(scenario.prose ? prose : covered).add(row.name);
			summary.operationsChecked++;
		});
		console.log(`Outseta coverage in real n8n: ${covered.size}/${outsetaRows.length} requests, and ${prose.size}/${proseRows.length} prose-only lists`);
		expect(covered.size).toBe(68);
		expect(prose.size).toBe(2);
	});

	it('Return All walks every page', () => {
		const output = outputOf(RETURN_ALL);
		expect(output).toHaveLength(peopleAfterActions);
		expect(peopleAfterActions).toBeGreaterThan(200);
		const pages = actionRequests.filter((request) => request.path === '/api/v1/crm/people' && request.query.limit === '100' && request.status === 200);
		// Pages the total says exist are asked ahead, so they may arrive in any order: each once.
		const offsets = pages.map((request) => Number(request.query.offset)).sort((a, b) => a - b);
		expect(offsets).toEqual(Array.from({ length: Math.ceil(peopleAfterActions / 100) }, (_, index) => index));
		expect(new Set(output.map((person) => person.Uid)).size).toBe(output.length);
		summary.operationsChecked++;
	});

	it('a failing node keeps the vendor message and its HTTP code, and no secret is in the runs', () => {
		const task = failingRun.data.resultData.runData[MISSING][0];
		expect(failingRun.status).toBe('error');
		expect(task.error).toMatchObject({ name: 'NodeApiError', httpCode: '404' });
		expect(task.error.message).toBe("Outseta error (HTTP 404): Person with Uid 'missing-e2e' was not found.");
		const token = actionRequests.find((request) => /^bearer /.test(request.headers.authorization ?? ''))!.headers.authorization!.slice('bearer '.length);
		for (const secret of [CANARY, TEST_USER.password, token]) {
			expect(actionsStdout).not.toContain(secret);
			expect(JSON.stringify(actionsRun)).not.toContain(secret);
			expect(JSON.stringify(failingRun)).not.toContain(secret);
		}
		summary.operationsChecked++;
	});

	it('the API key credential Test accepts the right key and rejects a wrong one', async () => {
		const test = async (secretKey: string) =>
			await settle().then(() => instance.rest.request<{ status: string; message: string }>('POST', '/rest/credentials/test', {
				credentials: { ...CREDENTIAL, type: 'outsetaApi', data: { subdomain: '', baseUrl: sim.apiRoot, apiKey: OUTSETA_KEYS.apiKey, secretKey, requestsPerSecond: 4 } },
			}));
		expect(await test(CANARY)).toMatchObject({ status: 'OK', message: 'Connection successful!' });
		expect(await test('wrong-secret')).toEqual(expect.objectContaining({ status: 'Error', message: rejection('Outseta rejected the API key or the secret key') }));
	});

	it('the user token credential Test signs in through preAuthentication, and names a wrong password', async () => {
		const test = async (password: string) =>
			await settle().then(() =>
				instance.rest.request<{ status: string; message: string }>('POST', '/rest/credentials/test', {
					credentials: {
						...USER_CREDENTIAL,
						type: 'outsetaUserTokenApi',
						data: { subdomain: '', baseUrl: sim.apiRoot, username: TEST_USER.username, password, tokenUrl: '', requestsPerSecond: 4 },
					},
				}),
			);
		const issued = (await sim.tokenStats()).issued;
		expect(await test(TEST_USER.password)).toMatchObject({ status: 'OK', message: 'Connection successful!' });
		expect((await sim.tokenStats()).issued).toBeGreaterThan(issued);
		const refused = await test('not-the-password');
		expect(refused.status).toBe('Error');
		expect(refused.message).toContain('Outseta refused the username or password');
		expect(refused.message).not.toContain('not-the-password');
	});

	it('registers the AI tool, and each node description stays within budget', async () => {
		const types = await instance.rest.request<Array<IDataObject & { name: string }>>('GET', '/types/nodes.json');
		const ours = types.filter((type) => type.name.startsWith(`${PACKAGE}.outseta`));
		expect(ours.map((type) => type.name)).toEqual(expect.arrayContaining([`${PACKAGE}.outseta`, `${PACKAGE}.outsetaTool`, `${PACKAGE}.outsetaTrigger`]));
		for (const type of ours) {
			const size = Buffer.byteLength(JSON.stringify(type));
			console.log(`description size of ${type.name}: ${(size / 1024).toFixed(1)} KB`);
			expect(size).toBeLessThanOrEqual(DESCRIPTION_BUDGET);
		}
	});

	describeTrigger('the trigger', () => {
		const emittedByExecution = async () => {
			const executions = await instance.executions(TRIGGER_ID);
			return executions.map((execution) => {
				const runData = (execution.data.resultData as IDataObject).runData as Record<string, any>;
				return {
					id: execution.id,
					status: execution.status,
					uids: (runData[TRIGGER_NODE]?.[0]?.data?.main?.[0] ?? []).map((item: { json: IDataObject }) => String(item.json.Uid)),
					raw: JSON.stringify(execution.data),
				};
			});
		};
		const cursor = async () =>
			new Date(Number((((await instance.staticData(TRIGGER_ID)) ?? {})[`node:${TRIGGER_NODE}`] as IDataObject).cursor)).toISOString().slice(0, 19);
		const expected: string[] = [];
		const insert = async (count: number, Created?: string) => {
			const inserted = await sim.insert('person', { count, ...(Created ? { Created } : {}) });
			expected.push(...inserted.map((record) => record.Uid));
		};
		const pollAndWait = async (executionsBefore: number, expectNew: boolean) => {
			const requestsBefore = (await sim.requests()).length;
			await instance.togglePoll(TRIGGER_ID);
			await waitFor('the poll request', async () => (await sim.requests()).length > requestsBefore);
			if (expectNew) {
				await waitFor('a new execution', async () => {
					const executions = await emittedByExecution();
					return executions.length > executionsBefore && executions.every((execution) => execution.status === 'success');
				});
			} else {
				await new Promise((resolve) => setTimeout(resolve, 1500));
			}
		};

		it('first activation emits nothing and seeds the cursor', async () => {
			const state = await waitFor('the seeded cursor', async () => (await instance.staticData(TRIGGER_ID))?.[`node:${TRIGGER_NODE}`] as IDataObject);
			expect(state).toMatchObject({ key: 'newPerson{}' });
			expect(await emittedByExecution()).toEqual([]);
		});

		it('emits every new record in exactly one execution, across polls, bursts, late records and a restart', async () => {
			// Same-second records at the cursor boundary, then plain new ones.
			await insert(2, await cursor());
			await insert(3);
			await pollAndWait(0, true);

			// Records stamped 30 s ago that show up only now (within the look-back window), and a burst.
			await insert(2, new Date(Date.now() - 30_000).toISOString().slice(0, 19));
			await insert(150);
			await pollAndWait(1, true);

			await pollAndWait(2, false);
			expect(await emittedByExecution()).toHaveLength(2);

			await instance.stop();
			await insert(4);
			const restarted = await instance.start();
			instance.timings.serverRestart = restarted.readyMs;
			await waitFor('the execution after restart', async () => (await emittedByExecution()).length === 3);

			await insert(1);
			await pollAndWait(3, true);

			const executions = await emittedByExecution();
			const emitted = executions.flatMap((execution) => execution.uids);
			const counts = new Map<string, number>();
			for (const uid of emitted) counts.set(uid, (counts.get(uid) ?? 0) + 1);
			expect(executions.map((execution) => execution.status)).toEqual(['success', 'success', 'success', 'success']);
			expect(executions.map((execution) => execution.uids.length)).toEqual([5, 152, 4, 1]);
			expect([...counts.values()].every((count) => count === 1)).toBe(true);
			expect([...counts.keys()].sort()).toEqual([...expected].sort());
			for (const execution of executions) expect(execution.raw).not.toContain(CANARY);
			summary.triggerRecords = emitted.length;
			summary.executions = executions.length;
		}, 180_000);
	});
});
