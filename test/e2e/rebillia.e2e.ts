/**
 * Rebillia inside real n8n 2.40.7, installed the way a user installs the package: all 133
 * requests of the collection, over the four action nodes, as parallel branches of one workflow
 * run by `n8n execute`, each checked against its row with the exact body and query written from
 * the example; an error that keeps its HTTP code; both credentials' Test buttons (the storefront
 * one exchanging a store JWT in n8n's preAuthentication); and the trigger through activation
 * toggles.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IDataObject } from 'n8n-workflow';
import { expectRequestMatches, parametersOf, rowFor, type CoverageScenario, type LoggedRequest } from '../helpers/coverage';
import { REBILLIA_KEYS, RebilliaSim, STOREFRONT_PUBLIC_KEY, TEST_SHOPPERS } from '../helpers/rebillia';
import { rowsOf } from '../helpers/rows';
import { catalogScenarios } from '../rebillia/catalog-scenarios';
import { CORE_NODE_TYPE, coreScenarios } from '../rebillia/core-scenarios';
import { settingsScenarios } from '../rebillia/settings-scenarios';
import { storefrontScenarios } from '../rebillia/storefront-scenarios';
import { branchesWorkflow, describeTrigger, LEGACY, N8nInstance, PACKAGE, rejection, waitFor } from './n8n-instance';

type Scenario = CoverageScenario<RebilliaSim>;

const CORE_CREDENTIAL = { id: 'rebilliaE2eCred1', name: 'Rebillia e2e' };
const STORE_CREDENTIAL = { id: 'rebilliaE2eStore1', name: 'Rebillia storefront e2e' };
const ACTIONS_ID = 'e2eRebilliaActions';
const FAILING_ID = 'e2eRebilliaFailing';
const TRIGGER_ID = 'e2eRebilliaTrigger';
const TRIGGER_NODE = 'Rebillia Trigger';
const EXAMPLE_ID = 'exRebilliaFailPay';
const CANARY = REBILLIA_KEYS.apiKey;
const allRows = rowsOf('Rebillia', [[]]);

/** Every scenario with the node type that runs it; storefront ones use the storefront credential. */
const plan: Array<{ type: string; scenario: Scenario; prefix: string }> = [
	...(coreScenarios as Scenario[]).map((scenario) => ({ type: CORE_NODE_TYPE, scenario, prefix: '/v1' })),
	...(catalogScenarios as Scenario[]).map((scenario) => ({ type: 'rebilliaCatalog', scenario, prefix: '/v1' })),
	...(settingsScenarios as Scenario[]).map((scenario) => ({ type: 'rebilliaSettings', scenario, prefix: '/v1' })),
	// The rate-plan swap removes the plan the rate-plan-charge requests read: it goes last.
	...(storefrontScenarios as Scenario[])
		.map((scenario) => ({ type: 'rebilliaStorefront', scenario, prefix: '' }))
		.sort((a, b) => Number(a.scenario.row === 'Create a Subscription Rate Plan') - Number(b.scenario.row === 'Create a Subscription Rate Plan')),
];
const nodeName = (index: number, entry: (typeof plan)[number]) => `${String(index + 1).padStart(3, '0')} ${entry.type}: ${entry.scenario.row}`.slice(0, 120);

describe('Rebillia in real n8n', () => {
	const instance = new N8nInstance();
	let sim: RebilliaSim;
	let run: any;
	let storefrontRun: any;
	let failingRun: any;
	let stdout = '';
	let requests: LoggedRequest[] = [];
	const parameters: IDataObject[] = [];

	/** One workflow of branches for some of the plan, each branch with its node's credential. */
	const actionsWorkflow = (id: string, entries: number[]) => {
		const workflow = branchesWorkflow(
			id,
			`e2e: Rebillia requests (${id})`,
			entries.map((index) => ({ name: nodeName(index, plan[index]), type: `${PACKAGE}.${plan[index].type}`, parameters: parameters[index] })),
			{},
		);
		(workflow.nodes as IDataObject[]).slice(1).forEach((node, position) => {
			node.credentials =
				plan[entries[position]].type === 'rebilliaStorefront' ? { rebilliaStorefrontApi: STORE_CREDENTIAL } : { rebilliaApi: CORE_CREDENTIAL };
		});
		workflow.settings = { executionOrder: 'v1', timezone: 'UTC' };
		return workflow;
	};
	const storeCredential = (customerToken: string) => ({
		...STORE_CREDENTIAL,
		type: 'rebilliaStorefrontApi',
		data: { host: sim.url, publicKey: STOREFRONT_PUBLIC_KEY, customerLogin: 'customerToken', customerToken, requestsPerSecond: 50 },
	});

	beforeAll(async () => {
		await instance.prepare();
		sim = new RebilliaSim((await instance.startSimulator('rebillia')).url);
		await sim.reset();
		const company = plan.map((_, index) => index).filter((index) => plan[index].type !== 'rebilliaStorefront');
		const shopper = plan.map((_, index) => index).filter((index) => plan[index].type === 'rebilliaStorefront');
		for (const index of company) parameters[index] = await parametersOf(plan[index].scenario, sim);

		const coreData = { host: sim.url, version: 'v1', apiKey: CANARY, requestsPerSecond: 50 };
		instance.importJson('credentials', [
			{ ...CORE_CREDENTIAL, type: 'rebilliaApi', data: coreData },
			// The id the example workflow names.
			{ id: 'rebilliaSandbox1', name: 'Rebillia (simulator)', type: 'rebilliaApi', data: coreData },
		]);
		const failing = branchesWorkflow(
			FAILING_ID,
			'e2e: a failing Rebillia node',
			[{ name: 'Missing customer', type: `${PACKAGE}.${CORE_NODE_TYPE}`, parameters: { resource: 'customer', operation: 'get', customerId: { __rl: true, mode: 'id', value: '999999' } } }],
			{ rebilliaApi: CORE_CREDENTIAL },
		);
		delete ((failing.nodes as IDataObject[])[1] as IDataObject).onError;
		instance.importJson('workflow', [
			actionsWorkflow(ACTIONS_ID, company),
			failing,
			{
				id: TRIGGER_ID,
				name: 'e2e: Rebillia new invoices',
				active: false,
				settings: { executionOrder: 'v1' },
				nodes: [
					{
						id: '9d3e4c1a-7b2f-4e6d-8a1c-000000000003',
						name: TRIGGER_NODE,
						type: `${PACKAGE}.rebilliaTrigger`,
						typeVersion: 1,
						position: [0, 0],
						parameters: { pollTimes: { item: [{ mode: 'everyMinute' }] }, event: 'newInvoice' },
						credentials: { rebilliaApi: CORE_CREDENTIAL },
					},
				],
				connections: {},
			},
		]);
		await sim.clearLog();
		const executed = instance.execute(ACTIONS_ID);
		requests = (await sim.requests()) as unknown as LoggedRequest[];
		// The shopper's requests act on the store's example records: they run on a fresh simulator.
		await sim.reset();
		for (const index of shopper) parameters[index] = await parametersOf(plan[index].scenario, sim);
		instance.importJson('credentials', [storeCredential(await sim.login())]);
		instance.importJson('workflow', [actionsWorkflow(`${ACTIONS_ID}S`, shopper)]);
		await sim.clearLog();
		const storefront = instance.execute(`${ACTIONS_ID}S`);
		requests.push(...((await sim.requests()) as unknown as LoggedRequest[]));
		run = executed.run;
		storefrontRun = storefront.run;
		stdout = executed.stdout + storefront.stdout;
		failingRun = instance.execute(FAILING_ID).run;
		instance.importJson('workflow', [JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'rebillia-failed-payment-invoice.json'), 'utf8'))]);
		if (!LEGACY) {
			instance.cli(['publish:workflow', `--id=${TRIGGER_ID}`]);
			instance.cli(['publish:workflow', `--id=${EXAMPLE_ID}`]);
		}
		await instance.start();
	}, 30 * 60_000);

	afterAll(async () => {
		await instance.dispose();
	}, 120_000);

	/** A branch's items as n8n returned them: `json`, and `error` when the node failed (continue on error). */
	const itemsOf = (name: string): Array<{ json: IDataObject; error?: IDataObject }> =>
		(run.data.resultData.runData[name] ?? storefrontRun.data.resultData.runData[name])?.[0]?.data?.main?.[0] ?? [];

	it('runs all 133 requests of the collection, sending exactly what the examples show', () => {
		expect(plan).toHaveLength(allRows.length);
		expect(requests).toHaveLength(plan.length);
		const covered = new Set<string>();
		plan.forEach((entry, index) => {
			const name = nodeName(index, entry);
			const items = itemsOf(name);
			expect({ name, error: items[0]?.error?.message }).toEqual({ name, error: undefined });
			const row = rowFor(allRows, entry.scenario);
			expectRequestMatches(row, entry.scenario, parameters[index], requests[index], entry.prefix);
			covered.add(`${row.folderPath.join('/')}::${row.name}`);
		});
		console.log(`Rebillia coverage in real n8n: ${covered.size}/${allRows.length} requests`);
		expect(covered.size).toBe(allRows.length);
	});

	it('a failing node keeps Rebillia’s message and its HTTP code, and the API key is nowhere', () => {
		const task = failingRun.data.resultData.runData['Missing customer'][0];
		expect(failingRun.status).toBe('error');
		expect(task.error).toMatchObject({ name: 'NodeApiError', httpCode: '404' });
		expect(task.error.message).toMatch(/^Rebillia error \(HTTP 404, error_not_found_resource\)/);
		expect(stdout).not.toContain(CANARY);
		expect(JSON.stringify(run)).not.toContain(CANARY);
		expect(JSON.stringify(storefrontRun)).not.toContain(CANARY);
		expect(JSON.stringify(failingRun)).not.toContain(CANARY);
	});

	it('each node description stays within 200 KB', async () => {
		const types = await instance.rest.request<Array<IDataObject & { name: string }>>('GET', '/types/nodes.json');
		for (const type of types.filter((candidate) => candidate.name.startsWith(`${PACKAGE}.rebillia`))) {
			const size = Buffer.byteLength(JSON.stringify(type));
			console.log(`description size of ${type.name}: ${(size / 1024).toFixed(1)} KB`);
			expect(size).toBeLessThanOrEqual(200 * 1024);
		}
	});

	it('the Test buttons: the API key, and the storefront exchanging a store JWT in preAuthentication', async () => {
		const test = (type: string, data: IDataObject) =>
			instance.rest.request<{ status: string; message: string }>('POST', '/rest/credentials/test', {
				credentials: { ...(type === 'rebilliaApi' ? CORE_CREDENTIAL : STORE_CREDENTIAL), type, data },
			});
		const core = { host: sim.url, version: 'v1', requestsPerSecond: 50 };
		expect(await test('rebilliaApi', { ...core, apiKey: CANARY })).toMatchObject({ status: 'OK' });
		expect(await test('rebilliaApi', { ...core, apiKey: 'wrong' })).toEqual(expect.objectContaining({ status: 'Error', message: rejection('Rebillia rejected the API key') }));
		const shopper = TEST_SHOPPERS[0];
		const store = { host: sim.url, publicKey: STOREFRONT_PUBLIC_KEY, customerLogin: 'storeJwt', customerEmail: shopper.email, requestsPerSecond: 50 };
		const logins = async () => (await sim.control<{ count?: number; logins?: number }>('logins', {}, 'GET'));
		const before = JSON.stringify(await logins());
		expect(await test('rebilliaStorefrontApi', { ...store, storeJwt: shopper.storeJwt })).toMatchObject({ status: 'OK' });
		expect(JSON.stringify(await logins())).not.toBe(before);
		const refused = await test('rebilliaStorefrontApi', { ...store, storeJwt: 'not-a-jwt' });
		expect(refused.status).toBe('Error');
		expect(refused.message).not.toContain(shopper.storeJwt);
		// No usable address: what a node run says, from authenticate and from preAuthentication, not "ENOTFOUND".
		expect(await test('rebilliaApi', { ...core, host: 'api.rebillia.com', apiKey: CANARY })).toEqual(
			expect.objectContaining({
				status: 'Error',
				message:
					'The Rebillia credential has no usable address. The Host must be an http:// or https:// address without a user name or password, e.g. https://example.com.',
			}),
		);
		expect(await test('rebilliaStorefrontApi', { ...store, host: '', storeJwt: shopper.storeJwt })).toEqual(
			expect.objectContaining({
				status: 'Error',
				message: 'The Rebillia Storefront credential has no usable address. Enter the Rebillia Host (e.g. https://api.rebillia.com) in the credential.',
			}),
		);
	});

	describeTrigger('the trigger and the example workflow', () => {
		it('the trigger: activation emits nothing, then every new invoice once', async () => {
			const emitted = async () =>
				(await instance.executions(TRIGGER_ID)).map((execution) =>
					(((execution.data.resultData as IDataObject).runData as any)[TRIGGER_NODE]?.[0]?.data?.main?.[0] ?? []).map(
						(item: { json: IDataObject }) => item.json.id as number,
					),
				);
			await waitFor('the seeded cursor', async () => (await instance.staticData(TRIGGER_ID))?.[`node:${TRIGGER_NODE}`]);
			expect(await emitted()).toEqual([]);
			const insert = async (count: number) =>
				((await sim.control<{ inserted: Array<{ id: number }> }>('insert', { kind: 'invoice', count })).inserted ?? []).map((entry) => entry.id);
			const first = await insert(3);
			await instance.togglePoll(TRIGGER_ID);
			await waitFor('the first execution', async () => (await emitted()).length === 1);
			const second = await insert(60);
			await instance.togglePoll(TRIGGER_ID);
			await waitFor('the second execution', async () => (await emitted()).length === 2);
			await instance.togglePoll(TRIGGER_ID);
			await new Promise((resolve) => setTimeout(resolve, 1500));
			expect(await emitted()).toEqual([first, second]);
		}, 180_000);
		it('the example: a failed payment fetches its invoice; settled payments do not start it', async () => {
			const invoiceOf = async () =>
				(await instance.executions(EXAMPLE_ID)).map(
					(execution) => ((execution.data.resultData as IDataObject).runData as any)['Invoice of the Payment']?.[0]?.data?.main?.[0]?.[0]?.json,
				);
			await waitFor('the seeded example', async () => (await instance.staticData(EXAMPLE_ID))?.['node:Failed Payment']);
			const [invoice] = ((await sim.control<{ inserted: Array<{ id: number }> }>('insert', { kind: 'invoice' })).inserted ?? []).map((entry) => entry.id);
			await sim.control('insert', { kind: 'transaction', status: 'settled', invoiceId: invoice });
			await sim.control('insert', { kind: 'transaction', status: 'declined', invoiceId: invoice });
			await instance.togglePoll(EXAMPLE_ID);
			await waitFor('the example execution', async () => (await invoiceOf()).length === 1);
			const [fetched] = await invoiceOf();
			expect(fetched).toMatchObject({ id: invoice });
		}, 120_000);
	});
});
