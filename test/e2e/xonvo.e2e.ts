/**
 * XONVO inside real n8n 2.40.7, installed the way a user installs the package: every request of
 * the collection as parallel branches of one workflow run by `n8n execute` (each checked against
 * its row and the exact body written from the example), an error item that keeps its HTTP code,
 * the credential Test button, and the statistics trigger through activation toggles.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IDataObject } from 'n8n-workflow';
import { XONVO_USER, XonvoSim, type XonvoSimRequest } from '../helpers/xonvo';
import { expectXonvoRequest, parametersOf, SCENARIO_TIMEZONE, xonvoScenarios } from '../xonvo/scenarios';
import { branchesWorkflow, describeTrigger, LEGACY, N8nInstance, PACKAGE, waitFor } from './n8n-instance';

const CREDENTIAL = { id: 'xonvoE2eCredent1', name: 'XONVO e2e' };
const ACTIONS_ID = 'e2eXonvoActions';
const TRIGGER_ID = 'e2eXonvoTrigger';
const TRIGGER_NODE = 'XONVO Trigger';
const MISSING = 'Missing lead';
const CANARY = XONVO_USER.password;
const nodeName = (index: number, row: string) => `${String(index + 1).padStart(2, '0')} ${row}`;

describe('XONVO in real n8n', () => {
	const instance = new N8nInstance();
	let sim: XonvoSim;
	let run: any;
	let failingRun: any;
	let exampleRun: any;
	let exampleRequests: XonvoSimRequest[] = [];
	let stdout = '';
	let requests: XonvoSimRequest[] = [];
	const parameters: IDataObject[] = [];
	let triggerAccount = 0;

	beforeAll(async () => {
		await instance.prepare();
		const simulator = await instance.startSimulator('xonvo');
		sim = new XonvoSim(simulator.url);
		await sim.reset();
		for (const scenario of xonvoScenarios) parameters.push(await parametersOf(scenario, sim));
		triggerAccount = (await sim.api('POST', '/accounts', { name: 'Trigger account' })).body.id;

		const data = { baseUrl: sim.url, ...XONVO_USER, accountId: '', requestsPerSecond: 10 };
		instance.importJson('credentials', [
			{ ...CREDENTIAL, type: 'xonvoApi', data },
			// The id the example workflows name.
			{ id: 'xonvoSandbox0001', name: 'XONVO (simulator)', type: 'xonvoApi', data },
		]);
		const credentials = { xonvoApi: CREDENTIAL };
		const type = `${PACKAGE}.xonvo`;
		const actions = branchesWorkflow(
			ACTIONS_ID,
			'e2e: every XONVO operation',
			[
				...xonvoScenarios.map((scenario, index) => ({ name: nodeName(index, scenario.row), type, parameters: parameters[index] })),
				{
					name: MISSING,
					type,
					parameters: { resource: 'lead', operation: 'getStatistics', accountId: { __rl: true, mode: 'id', value: '21' }, leadExternalId: 'missing-e2e' },
				},
			],
			credentials,
		);
		actions.settings = { executionOrder: 'v1', timezone: SCENARIO_TIMEZONE };
		const failing = branchesWorkflow(
			`${ACTIONS_ID}F`,
			'e2e: a failing XONVO node',
			[{ name: MISSING, type, parameters: { resource: 'lead', operation: 'getStatistics', accountId: { __rl: true, mode: 'id', value: '21' }, leadExternalId: 'missing-e2e' } }],
			credentials,
		);
		delete ((failing.nodes as IDataObject[])[1] as IDataObject).onError;
		instance.importJson('workflow', [
			actions,
			failing,
			JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'xonvo-sheet-rows-to-bulk-leads.json'), 'utf8')),
			{
				id: TRIGGER_ID,
				name: 'e2e: XONVO statistics',
				active: false,
				settings: { executionOrder: 'v1' },
				nodes: [
					{
						id: '7b1c7a0e-2f5d-4c1e-8d0a-000000000002',
						name: TRIGGER_NODE,
						type: `${PACKAGE}.xonvoTrigger`,
						typeVersion: 1,
						position: [0, 0],
						parameters: {
							pollTimes: { item: [{ mode: 'everyMinute' }] },
							event: 'accountStatisticsChanged',
							accountId: { __rl: true, mode: 'id', value: String(triggerAccount) },
						},
						credentials,
					},
				],
				connections: {},
			},
		]);
		await sim.clearLog();
		const executed = instance.execute(ACTIONS_ID);
		run = executed.run;
		stdout = executed.stdout;
		requests = await sim.requests();
		failingRun = instance.execute(`${ACTIONS_ID}F`).run;
		await sim.clearLog();
		exampleRun = instance.execute('exXonvoBulkLeads').run;
		exampleRequests = await sim.requests();
		if (!LEGACY) instance.cli(['publish:workflow', `--id=${TRIGGER_ID}`]);
		await instance.start();
	}, 20 * 60_000);

	afterAll(async () => {
		await instance.dispose();
	}, 120_000);

	const outputOf = (name: string): IDataObject[] =>
		(run.data.resultData.runData[name]?.[0]?.data?.main?.[0] ?? []).map((item: { json: IDataObject }) => item.json);

	it('runs every request of the collection, sending exactly what the example shows', () => {
		expect(run.status).toBe('success');
		xonvoScenarios.forEach((scenario, index) => {
			const name = nodeName(index, scenario.row);
			const output = outputOf(name);
			expect({ name, error: output[0]?.error }).toEqual({ name, error: undefined });
			// v1 order runs the branches top to bottom, one request each.
			const request = requests[index];
			expectXonvoRequest(scenario, parameters[index], request);
			expect(request.status).toBe(200);
			expect(output.length).toBeGreaterThan(0);
			scenario.check?.(output, request);
		});
		console.log(`XONVO coverage in real n8n: ${xonvoScenarios.length}/15 requests`);
	});

	it('an error item carries XONVO’s message, and the password is nowhere', () => {
		const [item] = run.data.resultData.runData[MISSING][0].data.main[0];
		expect(item.json.error).toMatch(/^XONVO error \(HTTP 404\): Lead .*missing-e2e/);
		expect(item.error).toMatchObject({ name: 'NodeApiError', description: 'XONVO answered HTTP 404 on GET /accounts/21/leads/missing-e2e/statistics' });
		expect(stdout).not.toContain(CANARY);
		expect(JSON.stringify(run)).not.toContain(CANARY);
	});

	it('a failing node keeps its HTTP code: n8n recognises our error as its own NodeApiError', () => {
		// With a second copy of n8n-workflow in reach, n8n re-wraps the error and shows "Error code: none".
		const task = failingRun.data.resultData.runData[MISSING][0];
		expect(failingRun.status).toBe('error');
		expect(task.error).toMatchObject({ name: 'NodeApiError', httpCode: '404' });
		expect(task.error.message).toMatch(/^XONVO error \(HTTP 404\)/);
	});

	it('the bulk example: 500 rows through an Aggregate node go out as one request', () => {
		expect(exampleRun.status).toBe('success');
		const sent = exampleRequests;
		expect(sent.map((request) => `${request.method} ${request.path} ${request.status}`)).toEqual(['POST /leads/bulk 200']);
		expect(((sent[0].body as IDataObject).leadsByAccountId as IDataObject)['18']).toHaveLength(500);
	});

	it('the credential Test button accepts the right password and names a wrong one, a missing Test Account ID and a missing address', async () => {
		const test = (password: string, accountId = '21', baseUrl = sim.url) =>
			instance.rest.request<{ status: string; message: string }>('POST', '/rest/credentials/test', {
				credentials: { ...CREDENTIAL, type: 'xonvoApi', data: { baseUrl, username: XONVO_USER.username, password, accountId, requestsPerSecond: 10 } },
			});
		expect(await test(CANARY)).toMatchObject({ status: 'OK' });
		expect(await test('wrong')).toEqual(expect.objectContaining({ status: 'Error', message: 'XONVO rejected the username or password' }));
		expect(await test(CANARY, '999999')).toEqual(expect.objectContaining({ status: 'Error' }));
		expect(await test(CANARY, '')).toEqual(
			expect.objectContaining({
				status: 'Error',
				message: 'Enter a Test Account ID: XONVO has no request without an account, so only reading an account proves the Base URL and the login',
			}),
		);
		expect(await test(CANARY, '21', '')).toEqual(
			expect.objectContaining({
				status: 'Error',
				message: 'The XONVO credential has no usable address. Enter the XONVO Base URL (e.g. https://admin.xonvo.com) in the credential.',
			}),
		);
	});

	describeTrigger('the trigger', () => {
		it('the trigger: activation takes a baseline, each change comes out once, with its delta', async () => {
			const executions = async () =>
				(await instance.executions(TRIGGER_ID)).map((execution) => ({
					status: execution.status,
					items: ((execution.data.resultData as IDataObject).runData as any)[TRIGGER_NODE]?.[0]?.data?.main?.[0]?.map((item: { json: IDataObject }) => item.json) ?? [],
				}));
			const addLeads = async (count: number) =>
				await sim.api('POST', '/leads/bulk', {
					leadsByAccountId: {
						[triggerAccount]: Array.from({ length: count }, (_, index) => ({
							firstName: 'E2e',
							lastName: `Lead ${index}`,
							phone: `+1777${String(Date.now()).slice(-5)}${index}`,
							timestamp: '01-02-2024 10:00:00',
							zip: '98121',
							externalId: `e2e-${Date.now()}-${index}`,
						})),
					},
				});
			await waitFor('the baseline', async () => (await instance.staticData(TRIGGER_ID))?.[`node:${TRIGGER_NODE}`]);
			expect(await executions()).toEqual([]);

			await addLeads(3);
			await instance.togglePoll(TRIGGER_ID);
			await waitFor('the first change', async () => (await executions()).length === 1);
			await instance.togglePoll(TRIGGER_ID);
			await new Promise((resolve) => setTimeout(resolve, 1500));
			await addLeads(2);
			await instance.togglePoll(TRIGGER_ID);
			await waitFor('the second change', async () => (await executions()).length === 2);

			const done = await executions();
			expect(done.map((execution) => execution.status)).toEqual(['success', 'success']);
			expect(done.map((execution) => execution.items.map((item: IDataObject) => item.leadCountDelta))).toEqual([[3], [2]]);
			expect(done[1].items[0]).toMatchObject({ leadCount: 5, leadCountPrevious: 3 });
		}, 180_000);
	});
});
