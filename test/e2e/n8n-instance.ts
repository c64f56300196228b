/**
 * A real n8n for the e2e suite: the cached runtime, this package packed and installed into a
 * fresh user folder, free ports, the CLI, the server and its REST API. Everything it starts
 * is stopped by PID and its folder removed by `dispose()`.
 */
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

	async prepare(): Promise<void> {
		let started = Date.now();
		this.runtime = n8n.provisionRuntime();
		this.timings.runtime = Date.now() - started;
		started = Date.now();
		const tarball = n8n.packPackage(path.join(this.folder, 'pack'));
		n8n.installPackage(tarball, this.userFolder);
		this.timings.packAndInstall = Date.now() - started;
		const port = await n8n.freePort();
		let brokerPort = await n8n.freePort();
		while (brokerPort === port) brokerPort = await n8n.freePort();
		this.env = n8n.n8nEnv(this.runtime, {
			userFolder: this.userFolder,
			port,
			brokerPort,
			isolate: true,
			extra: { N8N_ENCRYPTION_KEY: crypto.randomBytes(24).toString('hex') },
		});
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
		this.server = (await n8n.startServer(this.runtime, this.env, { logFile: this.logFile })) as Server;
		this.rest = new n8n.N8nRest(this.server.url);
		await this.rest.signIn(OWNER);
		return this.server;
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

	async executions(workflowId: string): Promise<Array<{ id: string; status: string; data: IDataObject }>> {
		const filter = encodeURIComponent(JSON.stringify({ workflowId }));
		const list = await this.rest.request<{ results: Array<{ id: string; status: string }> }>(
			'GET',
			`/rest/executions?filter=${filter}&limit=250`,
		);
		const full = [];
		for (const summary of list.results) {
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
