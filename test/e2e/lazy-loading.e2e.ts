/**
 * The combined package is loaded lazily by real n8n: with dist/known and dist/types in the tarball,
 * n8n-core's LazyPackageDirectoryLoader reads those at start-up and requires a node's file only
 * when a workflow uses it. Shown three ways:
 *   - n8n's own debug line `Lazy-loading nodes and credentials from <package>` in the server's log
 *     (the server runs at debug level), and never the eager line;
 *   - a node file no workflow here uses is replaced by one that throws when required: loaded
 *     eagerly (by the server or by any `n8n execute`), the whole package would fail to load and
 *     none of its nodes would run; loaded lazily, n8n still lists that node (and its AI tool
 *     variant) from the metadata alone;
 *   - the nodes still work after it: the XONVO action workflow of the vendor suite, the XONVO
 *     AI tool variant run by n8n's Tool Executor (as the editor runs a tool without an agent),
 *     and the XONVO trigger polling on activation.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IDataObject } from 'n8n-workflow';
import { XonvoSim } from '../helpers/xonvo';
import { N8nInstance, PACKAGE, waitFor } from './n8n-instance';
import { buildWorkflow, CREDENTIAL_ID, credentialsFor, expectedFailure, failureOf, loadVendorWorkflow, outputsOf } from './vendor-workflows';

const { METADATA_FILES } = require('../../scripts/lib/metadata.js');

const LAZY_LINE = `Lazy-loading nodes and credentials from ${PACKAGE}`;
const EAGER_LINE = `Loaded all credentials and nodes from ${PACKAGE}`;
/** A node of the package that nothing here runs: its file becomes a trap. */
const TRAPPED = { file: 'dist/nodes/Rebillia/RebilliaStorefront.node.js', type: 'rebilliaStorefront' };
const ACTIONS_ID = 'e2eLazyActions';
const TOOL_ID = 'e2eLazyTool';
const TRIGGER_ID = 'e2eLazyTrigger';
const TOOL_NODE = 'LeadStatisticsTool';
const TRIGGER_NODE = 'XONVO Trigger';

const xonvo = loadVendorWorkflow('xonvo');
const credentials = { [xonvo.credential.type]: { id: CREDENTIAL_ID('xonvo'), name: 'xonvo e2e' } };
const node = (name: string, type: string, parameters: IDataObject, position: [number, number], extra: IDataObject = {}) => ({
	id: crypto.randomUUID(),
	name,
	type,
	typeVersion: 1,
	position,
	parameters,
	...extra,
});

describe('lazy loading in real n8n', () => {
	const instance = new N8nInstance();
	let sim: XonvoSim;
	let triggerAccount = 0;
	const runs: Record<string, { run: any; stdout: string }> = {};

	beforeAll(async () => {
		await instance.prepare();
		fs.writeFileSync(path.join(instance.installedDir, TRAPPED.file), "throw new Error('this node file was required at start-up');\n");
		const simulator = await instance.startSimulator(xonvo.simulator);
		sim = new XonvoSim(simulator.url);
		await xonvo.prepare(simulator.url);
		instance.importJson('credentials', credentialsFor('xonvo', xonvo, simulator.url));
		triggerAccount = (await sim.api('POST', '/accounts', { name: 'Lazy trigger account' })).body.id;
		instance.importJson('workflow', [
			buildWorkflow(ACTIONS_ID, 'xonvo', PACKAGE, xonvo),
			{
				id: TOOL_ID,
				name: 'e2e: the XONVO tool without an agent',
				active: false,
				settings: { executionOrder: 'v1' },
				nodes: [
					node('Start', 'n8n-nodes-base.manualTrigger', {}, [0, 0]),
					node('Tool Executor', '@n8n/n8n-nodes-langchain.toolExecutor', { query: JSON.stringify({ [TOOL_NODE]: { leadExternalId: '2' } }), toolName: '' }, [300, 0]),
					node(
						TOOL_NODE,
						`${PACKAGE}.xonvoTool`,
						{
							resource: 'lead',
							operation: 'getStatistics',
							accountId: { __rl: true, mode: 'id', value: '21' },
							leadExternalId: "={{ $fromAI('leadExternalId', 'The lead to look up', 'string') }}",
						},
						[300, 200],
						{ credentials },
					),
				],
				connections: {
					Start: { main: [[{ node: 'Tool Executor', type: 'main', index: 0 }]] },
					[TOOL_NODE]: { ai_tool: [[{ node: 'Tool Executor', type: 'ai_tool', index: 0 }]] },
				},
			},
			{
				id: TRIGGER_ID,
				name: 'e2e: the XONVO trigger, lazily loaded',
				active: false,
				settings: { executionOrder: 'v1' },
				nodes: [
					node(
						TRIGGER_NODE,
						`${PACKAGE}.xonvoTrigger`,
						{
							pollTimes: { item: [{ mode: 'everyMinute' }] },
							event: 'accountStatisticsChanged',
							accountId: { __rl: true, mode: 'id', value: String(triggerAccount) },
						},
						[0, 0],
						{ credentials },
					),
				],
				connections: {},
			},
		]);
		for (const id of [ACTIONS_ID, TOOL_ID]) runs[id] = instance.execute(id);
		instance.cli(['publish:workflow', `--id=${TRIGGER_ID}`]);
		// The server at debug level, for the loader's line (`n8n execute` keeps info: its JSON is read from its log lines).
		instance.env = { ...instance.env, N8N_LOG_LEVEL: 'debug' };
		await instance.start();
	}, 10 * 60_000);

	afterAll(async () => {
		await instance.dispose();
	}, 120_000);

	it('ships the metadata, and the n8n server loads the package lazily (its debug log says so)', () => {
		for (const file of METADATA_FILES) expect(fs.existsSync(path.join(instance.installedDir, file))).toBe(true);
		const log = instance.log();
		expect(log).toContain(LAZY_LINE);
		expect(log).not.toContain(EAGER_LINE);
		expect(log).not.toContain('this node file was required at start-up');
	});

	it('lists every node, its AI tool variant and every credential from the metadata, the trapped node too', async () => {
		const known = JSON.parse(fs.readFileSync(path.join(instance.installedDir, 'dist/known/nodes.json'), 'utf8'));
		const described = JSON.parse(fs.readFileSync(path.join(instance.installedDir, 'dist/types/nodes.json'), 'utf8'));
		const types = await instance.rest.request<Array<{ name: string }>>('GET', '/types/nodes.json');
		const ours = types.map((type) => type.name).filter((name) => name.startsWith(`${PACKAGE}.`));
		const tools = described.filter((type: IDataObject) => type.usableAsTool).map((type: IDataObject) => `${PACKAGE}.${type.name}Tool`);
		expect(tools.length).toBeGreaterThan(0);
		expect(ours.sort()).toEqual([...Object.keys(known).map((name) => `${PACKAGE}.${name}`), ...tools].sort());
		expect(ours).toEqual(expect.arrayContaining([`${PACKAGE}.${TRAPPED.type}`, `${PACKAGE}.${TRAPPED.type}Tool`]));
		const credentialTypes = await instance.rest.request<Array<{ name: string; supportedNodes?: string[] }>>('GET', '/types/credentials.json');
		const knownCredentials = JSON.parse(fs.readFileSync(path.join(instance.installedDir, 'dist/known/credentials.json'), 'utf8'));
		for (const [name, entry] of Object.entries<{ supportedNodes: string[] }>(knownCredentials)) {
			expect(credentialTypes.find((type) => type.name === name)?.supportedNodes).toEqual(entry.supportedNodes.map((nodeName) => `${PACKAGE}.${nodeName}`));
		}
	});

	it('runs the XONVO action workflow (`n8n execute`, with the trapped file in the package)', () => {
		const { run } = runs[ACTIONS_ID];
		expect(xonvo.summarize(outputsOf(run.data.resultData.runData))).toEqual(xonvo.expected);
		expect(failureOf(run, xonvo)).toEqual(expectedFailure(xonvo));
	});

	it('runs the XONVO AI tool variant, with its parameter filled as an agent would ($fromAI)', () => {
		const { run } = runs[TOOL_ID];
		expect(run.status).toBe('success');
		const toolRun = run.data.resultData.runData[TOOL_NODE]?.[0];
		expect(toolRun?.error).toBeUndefined();
		const executorOutput = run.data.resultData.runData['Tool Executor'][0].data.main[0].map((item: { json: IDataObject }) => item.json);
		// A tool answers the agent with text: the items the node returned, as JSON. The simulator has
		// statistics only for lead "2" (the collection's example), so this also shows the $fromAI value arrived.
		const { leadStatistics } = xonvo.expected as { leadStatistics: IDataObject[] };
		expect(executorOutput.map((answer: string) => JSON.parse(answer))).toEqual([leadStatistics]);
	});

	it('the XONVO trigger, lazily loaded by the server, takes its baseline on activation and emits a change', async () => {
		const executions = async () =>
			(await instance.executions(TRIGGER_ID)).map((execution) => ({
				status: execution.status,
				deltas: ((execution.data.resultData as IDataObject).runData as any)[TRIGGER_NODE]?.[0]?.data?.main?.[0]?.map((item: { json: IDataObject }) => item.json.leadCountDelta),
			}));
		await waitFor('the baseline', async () => (await instance.staticData(TRIGGER_ID))?.[`node:${TRIGGER_NODE}`]);
		expect(await executions()).toEqual([]);
		await sim.api('POST', '/leads/bulk', {
			leadsByAccountId: {
				[triggerAccount]: [1, 2].map((index) => ({
					firstName: 'Lazy',
					lastName: `Lead ${index}`,
					phone: `+1777${String(Date.now()).slice(-5)}${index}`,
					timestamp: '01-02-2024 10:00:00',
					zip: '98121',
					externalId: `lazy-${Date.now()}-${index}`,
				})),
			},
		});
		await instance.togglePoll(TRIGGER_ID);
		await waitFor('the change', async () => (await executions()).length === 1);
		expect(await executions()).toEqual([{ status: 'success', deltas: [2] }]);
	}, 120_000);
});
