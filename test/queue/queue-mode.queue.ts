/**
 * n8n 2.40.7 in queue mode, as teams run it once one process is not enough: Redis and PostgreSQL
 * (Debian's packages, our own instances on loopback), one main and two workers under the cached
 * runtime, the combined package installed in every process's `.n8n/nodes`.
 *
 * - Each vendor's e2e workflow (test/e2e/vendors/<vendor>.ts) runs on a worker, and the execution
 *   record names the worker (an Execution Data node saves `$env.N8N_QUEUE_PROCESS`), with the same
 *   output as when its package runs alone in one process.
 * - Pacing is per process: two workers run an Outseta Return All at the same time against the
 *   4 req/s simulator, once at the vendor's limit (together they exceed it; the 429 path must carry
 *   every record through) and once at the limit divided by the workers. 429s and wall time printed.
 * - The poll trigger runs only on main (n8n logs each poll; no worker does) and every new record
 *   comes out exactly once, across a restart of main.
 * Everything is started on free ports and stopped by PID afterwards, whatever the outcome.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { IDataObject } from 'n8n-workflow';
import { N8nInstance, PACKAGE, waitFor } from '../e2e/n8n-instance';
import {
	buildWorkflow,
	control,
	credentialsFor,
	expectedFailure,
	failureOf,
	loadVendorWorkflow,
	outputsOf,
	type VendorWorkflow,
} from '../e2e/vendor-workflows';

const infra = require('../../scripts/lib/queue-infra.js');
const n8nLib = require('../../scripts/lib/n8n.js');
const { discoverVendors } = require('../../scripts/lib/vendors.js');
const outsetaSimulator = require('../simulators/outseta/server.js');

interface Vendor {
	suffix: string;
	packageName: string;
}

const WORKERS = 2;
/** The simulator's limit, as Outseta's: requests per second per API key. */
const OUTSETA_LIMIT = 4;
/** People each Return All reads (QUEUE_BULK_PEOPLE changes it for a measurement). */
const BULK_PEOPLE = Number(process.env.QUEUE_BULK_PEOPLE ?? 1500);
const RECORDER = 'Executed by';
const RETURN_ALL = 'Return All people';
const TRIGGER_ID = 'queueOutsetaTrigger';
const TRIGGER_NODE = 'Outseta Trigger';
const TRIGGER_NAME = 'queue: new people';
const FINAL = new Set(['success', 'error', 'crashed', 'canceled']);

const vendors: Vendor[] = discoverVendors();
const suiteStarted = Date.now();
const figures: string[] = [];

/** Saves which n8n process ran the execution into the execution record (custom data). */
function recorderNode(): IDataObject {
	return {
		id: crypto.randomUUID(),
		name: RECORDER,
		type: 'n8n-nodes-base.executionData',
		typeVersion: 1.1,
		parameters: { dataToSave: { values: [{ key: 'executedBy', value: '={{ $env.N8N_QUEUE_PROCESS }}' }] } },
	};
}

const actionWorkflowId = (suffix: string) => `queueActions${suffix}`.slice(0, 21);
const returnAllId = (rps: number) => `queueReturnAll${rps}rps`;
const outsetaCredential = (rps: number) => ({ id: `outsetaQueue${rps}rps`.slice(0, 16), name: `Outseta ${rps} req/s` });

function returnAllWorkflow(rps: number): IDataObject {
	const node = (name: string, type: string, parameters: IDataObject, extra: IDataObject = {}) => ({
		id: crypto.randomUUID(),
		name,
		type,
		typeVersion: 1,
		position: [400, 0],
		parameters,
		...extra,
	});
	return {
		id: returnAllId(rps),
		name: `queue: Return All at ${rps} req/s`,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			node('Start', 'n8n-nodes-base.manualTrigger', {}),
			{ ...recorderNode(), position: [400, -140] },
			node(RETURN_ALL, `${PACKAGE}.outseta`, { resource: 'person', operation: 'getAll', returnAll: true, simplify: false }, {
				credentials: { outsetaApi: outsetaCredential(rps) },
			}),
		],
		connections: { Start: { main: [[RECORDER, RETURN_ALL].map((name) => ({ node: name, type: 'main', index: 0 }))] } },
	};
}

function triggerWorkflow(): IDataObject {
	return {
		id: TRIGGER_ID,
		name: TRIGGER_NAME,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: crypto.randomUUID(),
				name: TRIGGER_NODE,
				type: `${PACKAGE}.outsetaTrigger`,
				typeVersion: 1,
				position: [0, 0],
				// Once a year: every poll in this suite is one that the suite causes.
				parameters: { pollTimes: { item: [{ mode: 'custom', cronExpression: '0 0 0 1 1 *' }] }, event: 'newPerson' },
				credentials: { outsetaApi: outsetaCredential(OUTSETA_LIMIT) },
			},
			{ ...recorderNode(), position: [300, 0] },
		],
		connections: { [TRIGGER_NODE]: { main: [[{ node: RECORDER, type: 'main', index: 0 }]] } },
	};
}

describe('n8n queue mode: main + 2 workers + Redis + PostgreSQL', () => {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-queue-'));
	let binaries: any;
	let redis: any;
	let postgres: any;
	let main: N8nInstance;
	const workers: N8nInstance[] = [];
	const simulatorUrls: Record<string, string> = {};
	const vendorWorkflows: Record<string, VendorWorkflow | Error> = {};
	let outsetaUrl = '';
	const timings: Record<string, number> = {};

	const executedBy = (executionId: string): string | undefined =>
		infra.query(binaries, postgres, `select value from execution_metadata where "executionId" = ${Number(executionId)} and key = 'executedBy'`)[0]?.[0];

	const workerLogged = (worker: string, executionId: string): boolean => {
		const index = Number(worker.replace('worker-', '')) - 1;
		return new RegExp(`Worker started execution ${executionId} \\(job`).test(workers[index]?.log() ?? '');
	};

	async function runManually(workflowId: string): Promise<string> {
		const { executionId } = await main.rest.request<{ executionId: string }>('POST', `/rest/workflows/${workflowId}/run`, {
			triggerToStartFrom: { name: 'Start' },
		});
		return String(executionId);
	}

	async function finished(executionId: string): Promise<{ status: string; startedAt: string; stoppedAt: string; mode: string; data: any }> {
		const execution = await waitFor(
			`execution ${executionId}`,
			async () => {
				const found = await main.rest.request<{ status: string }>('GET', `/rest/executions/${executionId}`);
				return FINAL.has(found.status) ? found : undefined;
			},
			180_000,
			250,
		);
		const record = execution as unknown as { status: string; startedAt: string; stoppedAt: string; mode: string; data: string };
		return { ...record, data: main.decode(record.data) };
	}

	beforeAll(async () => {
		binaries = infra.findBinaries();
		fs.chmodSync(root, 0o755);
		let started = Date.now();
		const [redisPort, postgresPort] = [await n8nLib.freePort(), await n8nLib.freePort()];
		redis = await infra.startRedis({ binaries, dir: path.join(root, 'redis'), port: redisPort, logFile: path.join(root, 'redis.log') });
		postgres = await infra.startPostgres({ binaries, dir: path.join(root, 'postgres'), port: postgresPort, logFile: path.join(root, 'postgres.log') });
		timings.infra = Date.now() - started;

		started = Date.now();
		const tarball = n8nLib.packPackage(path.join(root, 'pack'));
		const shared = {
			...infra.queueEnv({ redis, postgres, encryptionKey: crypto.randomBytes(24).toString('hex') }),
			// Debug level makes n8n log every poll ("Poll trigger initiated"), in whichever process runs it.
			N8N_LOG_LEVEL: 'debug',
			N8N_BLOCK_ENV_ACCESS_IN_NODE: 'false',
		};
		main = new N8nInstance({ tarball, env: { ...shared, N8N_QUEUE_PROCESS: 'main', OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true' } });
		for (let index = 1; index <= WORKERS; index++) {
			workers.push(new N8nInstance({ tarball, env: { ...shared, N8N_QUEUE_PROCESS: `worker-${index}` }, worker: { concurrency: 1 } }));
		}
		for (const instance of [main, ...workers]) await instance.prepare();
		timings.install = Date.now() - started;

		started = Date.now();
		const credentials: IDataObject[] = [];
		const workflows: IDataObject[] = [];
		for (const vendor of vendors) {
			try {
				const workflow = loadVendorWorkflow(vendor.suffix);
				vendorWorkflows[vendor.suffix] = workflow;
				simulatorUrls[vendor.suffix] ??= (await main.startSimulator(workflow.simulator)).url;
				credentials.push(...credentialsFor(vendor.suffix, workflow, simulatorUrls[vendor.suffix]));
				workflows.push(buildWorkflow(actionWorkflowId(vendor.suffix), vendor.suffix, PACKAGE, workflow, [recorderNode()]));
			} catch (error) {
				vendorWorkflows[vendor.suffix] = error as Error;
			}
		}
		outsetaUrl = simulatorUrls.outseta ?? (await main.startSimulator('outseta')).url;
		for (const rps of [OUTSETA_LIMIT, OUTSETA_LIMIT / WORKERS]) {
			credentials.push({
				...outsetaCredential(rps),
				type: 'outsetaApi',
				data: { subdomain: '', baseUrl: `${outsetaUrl}${outsetaSimulator.BASE_PATH}`, ...outsetaSimulator.TEST_KEYS, requestsPerSecond: rps },
			});
			workflows.push(returnAllWorkflow(rps));
		}
		workflows.push(triggerWorkflow());
		main.importJson('credentials', credentials);
		main.importJson('workflow', workflows);
		timings.import = Date.now() - started;

		started = Date.now();
		// allSettled: every start has ended (ready, or killed) before afterAll may stop them.
		const starts = await Promise.allSettled([main.start(), ...workers.map((worker) => worker.start())]);
		const failed = starts.find((start) => start.status === 'rejected');
		if (failed) throw (failed as PromiseRejectedResult).reason;
		const [mainServer, ...workerServers] = starts.map((start) => (start as PromiseFulfilledResult<{ pid: number; readyMs: number }>).value);
		timings.start = Date.now() - started;
		figures.push(
			`processes: main pid ${mainServer.pid} (ready ${(mainServer.readyMs / 1000).toFixed(1)} s), ` +
				workerServers.map((server, index) => `worker-${index + 1} pid ${server.pid} (ready ${(server.readyMs / 1000).toFixed(1)} s)`).join(', ') +
				`, redis pid ${redis.pid}, postgres pid ${postgres.pid}`,
		);
	}, 10 * 60_000);

	afterAll(async () => {
		// Main first: with workers gone, main would wait for their jobs.
		for (const instance of [main, ...workers]) await instance?.stop().catch(() => undefined);
		for (const instance of [main, ...workers]) await instance?.dispose().catch(() => undefined);
		await postgres?.stop();
		await redis?.stop();
		fs.rmSync(root, { recursive: true, force: true });
		const seconds = (ms?: number) => (ms === undefined ? '-' : `${(ms / 1000).toFixed(1)} s`);
		console.log(
			[
				'queue-mode summary',
				...figures,
				`infra ${seconds(timings.infra)}, pack+install x${1 + WORKERS} ${seconds(timings.install)}, import ${seconds(timings.import)}, ` +
					`start ${seconds(timings.start)}, main restart ${seconds(timings.restart)}, whole suite ${seconds(Date.now() - suiteStarted)}`,
			].join('\n  '),
		);
	}, 120_000);

	it('has the combined package, and only it, in every process', () => {
		for (const instance of [main, ...workers]) expect(instance.installedModules()).toEqual([PACKAGE]);
	});

	describe.each(vendors)('the $packageName workflow', (vendor) => {
		it('runs on a worker, which its execution record names, with the output of a single process', async () => {
			const workflow = vendorWorkflows[vendor.suffix];
			if (workflow instanceof Error || workflow === undefined) throw workflow ?? new Error('no workflow');
			await workflow.prepare(simulatorUrls[vendor.suffix]);
			const executionId = await runManually(actionWorkflowId(vendor.suffix));
			const execution = await finished(executionId);
			const run = { status: execution.status, data: execution.data };
			expect(workflow.summarize(outputsOf(run.data.resultData.runData))).toEqual(workflow.expected);
			expect(failureOf(run, workflow)).toEqual(expectedFailure(workflow));
			const worker = executedBy(executionId);
			expect(worker).toMatch(/^worker-\d$/);
			expect(workerLogged(worker!, executionId)).toBe(true);
			figures.push(`${vendor.packageName} workflow: execution ${executionId} (${execution.mode}) ran on ${worker}`);
		});
	});

	describe('rate limits across processes', () => {
		it.each([OUTSETA_LIMIT, OUTSETA_LIMIT / WORKERS])(
			'two workers run an Outseta Return All at the same time at %d req/s each: every record arrives, nothing fails',
			async (rps) => {
				await control(outsetaUrl, 'reset');
				const { people } = await control(outsetaUrl, 'seed', { people: BULK_PEOPLE });
				// Let the simulator's one-second window empty, then count only this test's requests.
				await new Promise((resolve) => setTimeout(resolve, 1100));
				await fetch(`${outsetaUrl}/__sim/requests`, { method: 'DELETE' });
				const started = Date.now();
				const executionIds = await Promise.all([runManually(returnAllId(rps)), runManually(returnAllId(rps))]);
				const executions = await Promise.all(executionIds.map((executionId) => finished(executionId)));
				const wallMs = Date.now() - started;
				const requests = (await (await fetch(`${outsetaUrl}/__sim/requests`)).json()) as Array<{ status: number }>;
				const rejected = requests.filter((request) => request.status === 429).length;
				const ranOn = executionIds.map((executionId) => executedBy(executionId));

				expect(executions.map((execution) => execution.status)).toEqual(['success', 'success']);
				for (const execution of executions) {
					expect(outputsOf(execution.data.resultData.runData)[RETURN_ALL]).toHaveLength(Number(people));
				}
				// Both at the same time, on different workers.
				expect(new Set(ranOn).size).toBe(WORKERS);
				const [first, second] = executions.map((execution) => [Date.parse(execution.startedAt), Date.parse(execution.stoppedAt)]);
				expect(first[0] < second[1] && second[0] < first[1]).toBe(true);
				figures.push(
					`Return All of ${people} people x2 at ${rps} req/s per worker (${ranOn.join(' + ')}): ` +
						`${requests.length - rejected} accepted requests, ${rejected} answered 429, wall time ${(wallMs / 1000).toFixed(1)} s`,
				);
			},
		);
	});

	describe('the poll trigger', () => {
		it('polls only on main; every new person comes out exactly once, across a restart of main', async () => {
			await control(outsetaUrl, 'reset');
			const expected: string[] = [];
			const insert = async (count: number) => {
				const { inserted } = (await control(outsetaUrl, 'insert', { kind: 'person', count })) as unknown as { inserted: Array<{ Uid: string }> };
				expected.push(...inserted.map((record) => record.Uid));
			};
			const triggerExecutions = async () =>
				(await main.executions(TRIGGER_ID)).map((execution) => ({
					id: execution.id,
					status: execution.status,
					uids: ((execution.data.resultData as IDataObject).runData as any)[TRIGGER_NODE]?.[0]?.data?.main?.[0]?.map(
						(item: { json: IDataObject }) => String(item.json.Uid),
					) as string[],
				}));
			const settled = async (count: number) =>
				await waitFor(`${count} trigger executions`, async () => {
					const executions = await triggerExecutions();
					return executions.length === count && executions.every((execution) => FINAL.has(execution.status)) ? executions : undefined;
				}, 120_000, 250);
			let polls = 0;

			const workflow = await main.rest.request<{ versionId: string }>('GET', `/rest/workflows/${TRIGGER_ID}`);
			await main.rest.request('POST', `/rest/workflows/${TRIGGER_ID}/activate`, { versionId: workflow.versionId });
			polls++;
			await waitFor('the seeded cursor', async () => (await main.staticData(TRIGGER_ID))?.[`node:${TRIGGER_NODE}`]);
			expect(await triggerExecutions()).toEqual([]);

			await insert(3);
			await main.togglePoll(TRIGGER_ID);
			polls++;
			await settled(1);

			await insert(2);
			const started = Date.now();
			await main.stop();
			await insert(2);
			await main.start();
			timings.restart = Date.now() - started;
			polls++;
			const executions = await settled(2);

			expect(executions.map((execution) => execution.status)).toEqual(['success', 'success']);
			expect(executions.map((execution) => execution.uids.length)).toEqual([3, 4]);
			const emitted = executions.flatMap((execution) => execution.uids);
			expect([...emitted].sort()).toEqual([...expected].sort());
			expect(new Set(emitted).size).toBe(emitted.length);

			// n8n logs every poll it runs; only main ran them, one per activation.
			const pollLine = new RegExp(`Poll trigger initiated for workflow "${TRIGGER_NAME}"`, 'g');
			expect((main.log().match(pollLine) ?? []).length).toBe(polls);
			for (const worker of workers) expect(worker.log().match(pollLine)).toBeNull();
			const ranOn = executions.map((execution) => executedBy(execution.id));
			for (const worker of ranOn) expect(worker).toMatch(/^worker-\d$/);
			figures.push(
				`trigger: ${polls} polls, all on main (0 on workers); executions ${executions.map((execution, index) => `${execution.id} (${execution.uids.length} people) on ${ranOn[index]}`).join(', ')}`,
			);
		});
	});
});
