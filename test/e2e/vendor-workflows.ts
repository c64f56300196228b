/**
 * One small action workflow per vendor, run by the vendor-package suite (each vendor tarball
 * installed alone) and by the queue-mode suite (on a worker): a few operations against the
 * vendor's simulator and one request that fails. A vendor joins both suites by adding
 * `test/e2e/vendors/<package suffix>.ts`; a vendor folder without one fails both suites.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IDataObject } from 'n8n-workflow';

export interface RunItem {
	json: IDataObject;
	error?: IDataObject;
}

export type Outputs = Record<string, RunItem[]>;

export interface VendorWorkflow {
	/** Folder of the simulator under test/simulators. */
	simulator: string;
	credential: { type: string; data(simulatorUrl: string): IDataObject };
	/** Puts the simulator into the state that `expected` assumes (reset, seed). */
	prepare(simulatorUrl: string): Promise<void>;
	/** Parallel branches of one workflow; `node` is the node's name without the package prefix. */
	nodes: Array<{ name: string; node: string; parameters: IDataObject }>;
	/** The node whose request fails: n8n must show its error with this HTTP code and message. */
	failing: { name: string; httpCode: string; message: string };
	/** The run's output without what differs per run (generated ids, times). */
	summarize(outputs: Outputs): unknown;
	/** What `summarize` must return, wherever the workflow runs. */
	expected: unknown;
}

const VENDORS_DIR = path.join(__dirname, 'vendors');

export function vendorWorkflowFile(suffix: string): string {
	return path.join(VENDORS_DIR, `${suffix}.ts`);
}

export function loadVendorWorkflow(suffix: string): VendorWorkflow {
	const file = vendorWorkflowFile(suffix);
	if (!fs.existsSync(file)) {
		throw new Error(`no e2e workflow for this vendor: add ${path.relative(process.cwd(), file)} (see test/e2e/vendors/outseta.ts)`);
	}
	return (require(file) as { workflow: VendorWorkflow }).workflow;
}

export const CREDENTIAL_ID = (suffix: string) => `${suffix}E2eCred0001`.slice(0, 16);

/** Imported credentials for a vendor workflow (n8n's import format). */
export function credentialsFor(suffix: string, workflow: VendorWorkflow, simulatorUrl: string): IDataObject[] {
	return [{ id: CREDENTIAL_ID(suffix), name: `${suffix} e2e`, type: workflow.credential.type, data: workflow.credential.data(simulatorUrl) }];
}

/**
 * The workflow: a Manual Trigger feeding each action node in its own branch, top to bottom, with
 * Continue on error, and the failing node last and without it: its error stops the execution as
 * n8n shows it to a user (task error with the HTTP code). Extra nodes (e.g. one that records which
 * process ran it) run first.
 */
export function buildWorkflow(
	id: string,
	suffix: string,
	packageName: string,
	workflow: VendorWorkflow,
	extraNodes: IDataObject[] = [],
): IDataObject {
	const credentials = { [workflow.credential.type]: { id: CREDENTIAL_ID(suffix), name: `${suffix} e2e` } };
	const ordered = [
		...workflow.nodes.filter((node) => node.name !== workflow.failing.name),
		...workflow.nodes.filter((node) => node.name === workflow.failing.name),
	];
	const actions = ordered.map((node, index) => ({
		id: crypto.randomUUID(),
		name: node.name,
		type: `${packageName}.${node.node}`,
		typeVersion: 1,
		position: [400, index * 140],
		parameters: node.parameters,
		credentials,
		...(node.name === workflow.failing.name ? {} : { onError: 'continueRegularOutput' }),
	}));
	const extras = extraNodes.map((node, index) => ({ ...node, position: [400, -(extraNodes.length - index) * 140] }));
	const branches = [...extras, ...actions] as unknown as Array<{ name: string }>;
	return {
		id,
		name: `e2e: ${packageName}`,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{ id: crypto.randomUUID(), name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			...branches,
		],
		connections: { Start: { main: [branches.map((node) => ({ node: node.name, type: 'main', index: 0 }))] } },
	};
}

/** The items each node produced, from an execution's `resultData.runData`. */
export function outputsOf(runData: Record<string, any>): Outputs {
	const outputs: Outputs = {};
	for (const [name, tasks] of Object.entries(runData ?? {})) {
		outputs[name] = (tasks?.[0]?.data?.main?.[0] ?? []).map((item: RunItem) => ({ json: item.json, error: item.error }));
	}
	return outputs;
}

/** The failing node's error as n8n records it for the node (and shows it in the editor). */
export function failureOf(run: any, workflow: VendorWorkflow): { status: unknown; message: unknown; httpCode: unknown; lastNode: unknown } {
	const error = run?.data?.resultData?.runData?.[workflow.failing.name]?.[0]?.error ?? {};
	return { status: run?.status, message: error.message, httpCode: error.httpCode, lastNode: run?.data?.resultData?.lastNodeExecuted };
}

/** What failureOf must return for this workflow. */
export function expectedFailure(workflow: VendorWorkflow): ReturnType<typeof failureOf> {
	return { status: 'error', message: workflow.failing.message, httpCode: workflow.failing.httpCode, lastNode: workflow.failing.name };
}

/** The keys of a record, sorted: the shape, without the per-run values. */
export const keysOf = (record: IDataObject | undefined): string[] => Object.keys(record ?? {}).sort();

export async function control(url: string, route: string, body: IDataObject = {}): Promise<IDataObject> {
	const response = await fetch(`${url}/__sim/${route}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body),
	});
	if (response.status !== 200) throw new Error(`/__sim/${route} answered ${response.status}: ${await response.text()}`);
	return (await response.json()) as IDataObject;
}
