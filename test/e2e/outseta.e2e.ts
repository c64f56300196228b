/**
 * The package inside real n8n 2.40.7, installed the way a user installs it: every Outseta
 * operation and variant as parallel branches of one workflow run by `n8n execute`, the
 * credential Test button, an error case with a canary secret, the AI tool registration and
 * description sizes, and the trigger driven by activation toggles and a restart.
 */
import type { IDataObject } from 'n8n-workflow';
import { OUTSETA_KEYS, OutsetaSim, type SimRequest } from '../helpers/outseta';
import { expectMatchesRow, parametersOf, rowOf, scenarios } from '../outseta/scenarios';
import { branchesWorkflow, N8nInstance, PACKAGE, waitFor } from './n8n-instance';

const CREDENTIAL = { id: 'outsetaE2eCred01', name: 'Outseta e2e' };
const ACTIONS_ID = 'e2eOutsetaActions';
const TRIGGER_ID = 'e2eOutsetaTrigger';
const TRIGGER_NODE = 'Outseta Trigger';
const RETURN_ALL = 'Return All people';
const MISSING = 'Missing person';
const CANARY = OUTSETA_KEYS.secretKey;
const DESCRIPTION_BUDGET = 200 * 1024;

// n8n 1.x (the compatibility check, not run in CI) has no publish:workflow: actions only.
const N8N_VERSION = process.env.N8N_VERSION ?? '2.40.7';
const LEGACY = Number(N8N_VERSION.split('.')[0]) < 2;

const summary = { workflows: 0, operationsChecked: 0, triggerRecords: 0, executions: 0 };
const nodeName = (index: number, row: string) => `${String(index + 1).padStart(2, '0')} ${row}`;

describe('Outseta in real n8n', () => {
	const instance = new N8nInstance();
	let sim: OutsetaSim;
	let simUrl = '';
	let actionsRun: any;
	let actionsStdout = '';
	let actionRequests: SimRequest[] = [];
	const parameters: IDataObject[] = [];
	let peopleAfterActions = 0;
	const suiteStarted = Date.now();

	beforeAll(async () => {
		await instance.prepare();
		const simulator = await instance.startSimulator('outseta');
		simUrl = simulator.url;
		sim = new OutsetaSim(simUrl);
		await sim.reset();
		await sim.control('seed', { people: 226 });
		for (const scenario of scenarios) parameters.push(await parametersOf(scenario, sim));

		instance.importJson('credentials', [
			{
				...CREDENTIAL,
				type: 'outsetaApi',
				data: { subdomain: '', baseUrl: sim.apiRoot, ...OUTSETA_KEYS, requestsPerSecond: 4 },
			},
		]);
		const credentials = { outsetaApi: CREDENTIAL };
		const type = `${PACKAGE}.outseta`;
		instance.importJson('workflow', [
			branchesWorkflow(
				ACTIONS_ID,
				'e2e: every Outseta operation',
				[
					...scenarios.map((scenario, index) => ({ name: nodeName(index, scenario.row), type, parameters: parameters[index] })),
					{ name: RETURN_ALL, type, parameters: { resource: 'person', operation: 'getAll', returnAll: true } },
					{ name: MISSING, type, parameters: { resource: 'person', operation: 'get', personId: { __rl: true, mode: 'id', value: 'missing-e2e' } } },
				],
				credentials,
			),
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
		summary.workflows = 2;

		// Let the simulator's one-second window empty, so only the workflow's own requests count.
		await new Promise((resolve) => setTimeout(resolve, 1100));
		await sim.clearLog();
		const started = Date.now();
		const executed = instance.execute(ACTIONS_ID);
		instance.timings.executeActions = Date.now() - started;
		actionsRun = executed.run;
		actionsStdout = executed.stdout;
		actionRequests = await sim.requests();
		peopleAfterActions = (await sim.api('GET', '/crm/people?limit=1&fields=Uid')).body.metadata.total;

		if (!LEGACY) instance.cli(['publish:workflow', `--id=${TRIGGER_ID}`]);
		const server = await instance.start();
		instance.timings.serverReady = server.readyMs;
	}, 20 * 60_000);

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

	it('runs every operation and variant, sending what the collection specifies', () => {
		// v1 order runs the branches top to bottom; each scenario sends one request.
		const accepted = actionRequests.filter((request) => request.status !== 429);
		scenarios.forEach((scenario, index) => {
			const output = outputOf(nodeName(index, scenario.row));
			expect({ node: nodeName(index, scenario.row), error: output[0]?.error }).toEqual({ node: nodeName(index, scenario.row), error: undefined });
			const request = accepted[index];
			expectMatchesRow(rowOf(scenario), request);
			expect(request.status).toBe(200);
			expect(request.headers.authorization).toBe(`Outseta ${OUTSETA_KEYS.apiKey}:${CANARY}`);
			scenario.check?.(output, request);
			summary.operationsChecked++;
		});
	});

	it('Return All walks every page', () => {
		// Return All runs after the branches that add and delete people.
		const output = outputOf(RETURN_ALL);
		expect(output).toHaveLength(peopleAfterActions);
		expect(peopleAfterActions).toBeGreaterThan(200);
		const pages = actionRequests.filter(
			(request) => request.path === '/api/v1/crm/people' && request.query.limit === '100' && request.status === 200,
		);
		expect(pages.map((request) => request.query.offset)).toEqual(
			Array.from({ length: Math.ceil(peopleAfterActions / 100) }, (_, index) => String(index)),
		);
		summary.operationsChecked++;
	});

	it('an error item carries the vendor message, and the secret is nowhere in the run', () => {
		const [item] = outputOf(MISSING);
		expect(item.error).toBe("Outseta error (HTTP 404): Person with Uid 'missing-e2e' was not found.");
		expect(actionRequests.some((request) => request.headers.authorization?.includes(CANARY))).toBe(true);
		expect(actionsStdout).not.toContain(CANARY);
		expect(JSON.stringify(actionsRun)).not.toContain(CANARY);
		summary.operationsChecked++;
	});

	it('the credential Test button accepts the right key and rejects a wrong one', async () => {
		const test = (secretKey: string) =>
			instance.rest.request<{ status: string; message: string }>('POST', '/rest/credentials/test', {
				credentials: {
					...CREDENTIAL,
					type: 'outsetaApi',
					data: { subdomain: '', baseUrl: sim.apiRoot, apiKey: OUTSETA_KEYS.apiKey, secretKey, requestsPerSecond: 4 },
				},
			});
		// The trigger polls concurrently after start-up; pick out the Test requests.
		const sentWith = async (secret: string) =>
			(await sim.requests())
				.filter((request) => request.headers.authorization === `Outseta ${OUTSETA_KEYS.apiKey}:${secret}`)
				.filter((request) => request.query.fields === 'Uid')
				// The trigger's polls share the simulator's 4 req/s: a 429 here is retried, not the answer.
				.filter((request) => request.status !== 429)
				.map((request) => `${request.path}?${new URLSearchParams(request.query)} ${request.status}`);
		await sim.clearLog();
		expect(await test(CANARY)).toMatchObject({ status: 'OK', message: 'Connection successful!' });
		expect(new Set(await sentWith(CANARY))).toEqual(new Set(['/api/v1/crm/people?limit=1&fields=Uid 200']));
		await sim.clearLog();
		expect(await test('wrong-secret')).toMatchObject({ status: 'Error' });
		expect(new Set(await sentWith('wrong-secret'))).toEqual(new Set(['/api/v1/crm/people?limit=1&fields=Uid 401']));
	});

	it('registers the AI tool, and each node description stays within budget', async () => {
		const types = await instance.rest.request<Array<IDataObject & { name: string }>>('GET', '/types/nodes.json');
		// The combined package holds every vendor; the Outseta types are the ones this suite owns.
		const ours = types.filter((type) => type.name.startsWith(`${PACKAGE}.`));
		expect(ours.map((type) => type.name)).toEqual(
			expect.arrayContaining([`${PACKAGE}.outseta`, `${PACKAGE}.outsetaTool`, `${PACKAGE}.outsetaTrigger`]),
		);
		for (const type of ours) {
			const size = Buffer.byteLength(JSON.stringify(type));
			console.log(`description size of ${type.name}: ${(size / 1024).toFixed(1)} KB`);
			expect(size).toBeLessThanOrEqual(DESCRIPTION_BUDGET);
		}
	});

	(LEGACY ? describe.skip : describe)('the trigger', () => {
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
			new Date(Number((((await instance.staticData(TRIGGER_ID)) ?? {})[`node:${TRIGGER_NODE}`] as IDataObject).cursor))
				.toISOString()
				.slice(0, 19);
		const expected: string[] = [];
		const insert = async (count: number, Created?: string) => {
			const { inserted } = await sim.control<{ inserted: Array<{ Uid: string }> }>('insert', {
				kind: 'person',
				count,
				...(Created ? { Created } : {}),
			});
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

		it('emits every new record in exactly one execution, across polls, bursts, boundaries and a restart', async () => {
			// Same-second records at the cursor boundary, then plain new ones.
			await insert(2, await cursor());
			await insert(3);
			await pollAndWait(0, true);

			await insert(2, await cursor());
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
