/**
 * A real n8n for the e2e suite: the cached runtime, this package packed and installed into a
 * fresh user folder, free ports, the CLI, the server and its REST API. Everything it starts
 * is stopped by PID and its folder removed by `dispose()`.
 */
import { spawnSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { IDataObject } from 'n8n-workflow';

const n8n = require('../../scripts/lib/n8n.js');
const { startSimulator } = require('../../scripts/lib/simulators.js');

export interface Runtime {
	nodeBin: string;
	n8nBin: string;
	n8nModules: string;
}

export interface Server {
	pid: number;
	url: string;
	readyMs: number;
	stop(): Promise<void>;
}

export interface Simulator {
	url: string;
	pid: number;
	stop(): Promise<void>;
}

export const OWNER = { email: 'e2e@example.com', firstName: 'End', lastName: 'ToEnd', password: 'E2e!Passw0rd-x' };
export const PACKAGE = n8n.PACKAGE_NAME as string;

/** The n8n under test; N8N_VERSION picks another for a compatibility check (not run in CI). */
export const N8N_VERSION = process.env.N8N_VERSION ?? '2.40.7';
/**
 * n8n 1.x: no publish:workflow (triggers are not run), and its credential Test reports every
 * refused request with its own words, because its error class drops the HTTP answer our rules read.
 */
export const LEGACY = Number(N8N_VERSION.split('.')[0]) < 2;
/** What n8n 1.x's credential Test says instead of the credential's own message for a 401. */
const LEGACY_REJECTION = 'Authorization failed - please check your credentials';
/** Statuses of an execution that has not finished yet. */
const UNFINISHED = new Set(['new', 'running', 'waiting']);
/** The message a credential Test shows for a refused key: ours, or n8n 1.x's. */
export const rejection = (ours: string): string => (LEGACY ? LEGACY_REJECTION : ours);
/** `describe` for trigger blocks, skipped on n8n 1.x. */
export const describeTrigger = ((name: string, body: () => void) => (LEGACY ? describe.skip : describe)(name, body)) as jest.Describe;

export interface InstanceOptions {
	/** A packed package to install; by default the combined package is packed from the build. */
	tarball?: string;
	/**
	 * Install with this command run in `<userFolder>/.n8n/nodes` (the tarball path is appended),
	 * offline, instead of extracting the tarball where n8n's loader looks.
	 */
	installCommand?: string[];
	/** More environment for every n8n command of this instance (e.g. queue mode's). */
	env?: NodeJS.ProcessEnv;
	/** Run `n8n worker` instead of `n8n start` (queue mode); ready when its health check is. */
	worker?: { concurrency: number };
}

/** npm with no registry to reach: anything it would fetch fails instead of arriving. */
export function offlineNpmEnv(): NodeJS.ProcessEnv {
	const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
	return {
		...env,
		npm_config_offline: 'true',
		npm_config_registry: 'http://127.0.0.1:9/',
		npm_config_fetch_retries: '0',
		npm_config_audit: 'false',
		npm_config_fund: 'false',
		npm_config_update_notifier: 'false',
	};
}

export class N8nInstance {
	readonly folder = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-e2e-'));
	readonly userFolder = path.join(this.folder, 'user');
	readonly logFile = path.join(this.folder, 'n8n.log');
	runtime!: Runtime;
	env!: NodeJS.ProcessEnv;
	server?: Server;
	rest!: { request<T = any>(method: string, route: string, body?: unknown): Promise<T>; signIn(owner: object): Promise<void> };
	readonly simulators: Simulator[] = [];
	readonly timings: Record<string, number> = {};
	/** Where the package was installed, and its name (the node type prefix). */
	installedDir = '';
	packageName = PACKAGE;
	/** What the install command printed, when one was used. */
	installOutput = '';

	constructor(readonly options: InstanceOptions = {}) {}

	get nodesFolder(): string {
		return path.join(this.userFolder, '.n8n', 'nodes');
	}

	async prepare(): Promise<void> {
		let started = Date.now();
		this.runtime = n8n.provisionRuntime();
		this.timings.runtime = Date.now() - started;
		started = Date.now();
		const tarball = this.options.tarball ?? n8n.packPackage(path.join(this.folder, 'pack'));
		if (this.options.installCommand) this.installWith(this.options.installCommand, tarball);
		else this.installedDir = n8n.installPackage(tarball, this.userFolder);
		this.packageName = JSON.parse(fs.readFileSync(path.join(this.installedDir, 'package.json'), 'utf8')).name;
		const secondCopy = n8n.strayN8nWorkflow(this.installedDir);
		if (secondCopy) throw new Error(`the installed package would load ${secondCopy}, a second n8n-workflow beside n8n's`);
		this.timings.packAndInstall = Date.now() - started;
		const [port, brokerPort, healthPort] = await distinctFreePorts(3);
		this.env = n8n.n8nEnv(this.runtime, {
			userFolder: this.userFolder,
			port,
			brokerPort,
			isolate: true,
			extra: {
				N8N_ENCRYPTION_KEY: crypto.randomBytes(24).toString('hex'),
				...(this.options.worker
					? { QUEUE_HEALTH_CHECK_ACTIVE: 'true', QUEUE_HEALTH_CHECK_PORT: String(healthPort), N8N_WORKER_SERVER_ADDRESS: '127.0.0.1' }
					: {}),
				...this.options.env,
			},
		});
	}

	private installWith(command: string[], tarball: string): void {
		fs.mkdirSync(this.nodesFolder, { recursive: true });
		const [program, ...args] = command;
		const result = spawnSync(program, [...args, tarball], { cwd: this.nodesFolder, env: offlineNpmEnv(), encoding: 'utf8', timeout: 120_000 });
		this.installOutput = `${result.stdout ?? ''}${result.stderr ?? ''}`;
		if (result.status !== 0) throw new Error(`${command.join(' ')} ${tarball} exited ${result.status}:\n${this.installOutput}`);
		const manifest = JSON.parse(fs.readFileSync(path.join(this.nodesFolder, 'package.json'), 'utf8'));
		const [name] = Object.keys(manifest.dependencies ?? {});
		this.installedDir = path.join(this.nodesFolder, 'node_modules', name);
	}

	/** The folders in `<userFolder>/.n8n/nodes/node_modules` (scoped ones as `@scope/name`). */
	installedModules(): string[] {
		const modules = path.join(this.nodesFolder, 'node_modules');
		if (!fs.existsSync(modules)) return [];
		return fs
			.readdirSync(modules)
			.filter((name) => !name.startsWith('.'))
			.flatMap((name) => (name.startsWith('@') ? fs.readdirSync(path.join(modules, name)).map((inner) => `${name}/${inner}`) : [name]))
			.sort();
	}

	async startSimulator(vendor: string): Promise<Simulator> {
		const simulator = (await startSimulator(vendor)) as Simulator;
		this.simulators.push(simulator);
		return simulator;
	}

	cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
		const result = n8n.runCli(this.runtime, this.env, args);
		if (result.status !== 0 && !args.includes('execute')) {
			throw new Error(`n8n ${args.join(' ')} exited ${result.status}:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
		}
		return result;
	}

	importJson(kind: 'credentials' | 'workflow', data: unknown): void {
		const file = path.join(this.folder, `${kind}-${Date.now()}.json`);
		fs.writeFileSync(file, JSON.stringify(data));
		this.cli([`import:${kind}`, `--input=${file}`]);
	}

	/** `n8n execute --id <id> --rawOutput`: the run JSON and the raw stdout. */
	execute(workflowId: string): { run: any; stdout: string; status: number | null } {
		const result = this.cli(['execute', `--id=${workflowId}`, '--rawOutput']);
		try {
			return { run: n8n.parseRawOutput(result.stdout), stdout: result.stdout, status: result.status };
		} catch (error) {
			throw new Error(`${(error as Error).message}\nexit ${result.status}; stderr:\n${result.stderr.slice(-3000)}`);
		}
	}

	async start(): Promise<Server> {
		if (this.options.worker) {
			this.server = (await n8n.startServer(this.runtime, this.env, {
				logFile: this.logFile,
				args: ['worker', `--concurrency=${this.options.worker.concurrency}`],
				readyUrl: `http://127.0.0.1:${this.env.QUEUE_HEALTH_CHECK_PORT}/healthz/readiness`,
			})) as Server;
			return this.server;
		}
		this.server = (await n8n.startServer(this.runtime, this.env, { logFile: this.logFile })) as Server;
		this.rest = new n8n.N8nRest(this.server.url);
		await this.rest.signIn(OWNER);
		return this.server;
	}

	/** What this instance's n8n processes have logged so far. */
	log(): string {
		return fs.existsSync(this.logFile) ? fs.readFileSync(this.logFile, 'utf8') : '';
	}

	async stop(): Promise<void> {
		await this.server?.stop();
		this.server = undefined;
	}

	async dispose(): Promise<void> {
		await this.stop();
		for (const simulator of this.simulators) await simulator.stop();
		fs.rmSync(this.folder, { recursive: true, force: true });
	}

	/** Execution data is stored "flatted"; decode it with n8n's own copy of the library. */
	decode(data: string): IDataObject {
		const flatted = require(path.join(this.runtime.n8nModules, 'flatted'));
		return flatted.parse(data);
	}

	/** The workflow's finished executions, oldest first. */
	async executions(workflowId: string): Promise<Array<{ id: string; status: string; data: IDataObject }>> {
		const filter = encodeURIComponent(JSON.stringify({ workflowId }));
		const list = await this.rest.request<{ results: Array<{ id: string; status: string }> }>(
			'GET',
			`/rest/executions?filter=${filter}&limit=250`,
		);
		const full = [];
		// n8n lists an execution while it still runs; only finished ones count.
		for (const summary of list.results.filter((execution) => !UNFINISHED.has(execution.status))) {
			const execution = await this.rest.request<{ id: string; status: string; data: string }>(
				'GET',
				`/rest/executions/${summary.id}`,
			);
			full.push({ id: execution.id, status: execution.status, data: this.decode(execution.data) });
		}
		return full.sort((a, b) => Number(a.id) - Number(b.id));
	}

	/** One more poll: deactivate, then activate (n8n polls once on activation). */
	async togglePoll(workflowId: string): Promise<void> {
		const workflow = await this.rest.request<{ versionId: string; activeVersionId: string | null }>(
			'GET',
			`/rest/workflows/${workflowId}`,
		);
		await this.rest.request('POST', `/rest/workflows/${workflowId}/deactivate`, {});
		await this.rest.request('POST', `/rest/workflows/${workflowId}/activate`, {
			versionId: workflow.activeVersionId ?? workflow.versionId,
		});
	}

	async staticData(workflowId: string): Promise<IDataObject | null> {
		return (await this.rest.request<{ staticData: IDataObject | null }>('GET', `/rest/workflows/${workflowId}`)).staticData;
	}
}

async function distinctFreePorts(count: number): Promise<number[]> {
	const ports = new Set<number>();
	while (ports.size < count) ports.add(await n8n.freePort());
	return [...ports];
}

export async function waitFor<T>(
	what: string,
	probe: () => Promise<T | undefined | null | false>,
	timeoutMs = 30_000,
	intervalMs = 200,
): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await probe();
		if (value) return value;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, intervalMs));
	}
}

/** A workflow with a Manual Trigger feeding each node in its own parallel branch. */
export function branchesWorkflow(
	id: string,
	name: string,
	nodes: Array<{ name: string; type: string; parameters: IDataObject }>,
	credentials: IDataObject,
): IDataObject {
	return {
		id,
		name,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{ id: crypto.randomUUID(), name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			...nodes.map((node, index) => ({
				id: crypto.randomUUID(),
				name: node.name,
				type: node.type,
				typeVersion: 1,
				position: [400, index * 120],
				parameters: node.parameters,
				credentials,
				onError: 'continueRegularOutput',
			})),
		],
		connections: {
			Start: { main: [nodes.map((node) => ({ node: node.name, type: 'main', index: 0 }))] },
		},
	};
}
