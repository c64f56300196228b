/**
 * Runs our nodes through n8n-core's real engine, outside n8n: a `Workflow` with a node-types
 * stub, a credentials helper that applies a credential type's `authenticate` block the way
 * n8n's own CredentialsHelper does, and `WorkflowExecute` (which runs declarative nodes
 * through RoutingNode). Triggers run through `PollContext`.
 */
import { ExecutionLifecycleHooks, LoadOptionsContext, PollContext, WorkflowExecute } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	ICredentials,
	IDataObject,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeExecutionData,
	INodeProperties,
	INodeType,
	INodeTypes,
	IRun,
	IRunExecutionData,
	IWorkflowExecuteAdditionalData,
	WorkflowActivateMode,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { createRunExecutionData, ICredentialsHelper, Workflow } from 'n8n-workflow';

export class TestCredentialsHelper extends ICredentialsHelper {
	readonly decryptedCalls: string[] = [];

	constructor(
		private readonly data: Record<string, ICredentialDataDecryptedObject>,
		private readonly types: Record<string, ICredentialType>,
		/** How often each credential type's preAuthentication ran (token exchanges). */
		readonly preAuthentications: Record<string, number> = {},
	) {
		super();
	}

	getParentTypes(): string[] {
		return [];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	/** Mirrors n8n's CredentialsHelper.authenticate for generic and function `authenticate`. */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions,
		workflow: Workflow,
		node: INode,
	): Promise<IHttpRequestOptions> {
		const authenticate = this.types[typeName]?.authenticate;
		if (!authenticate) return requestOptions;
		if (typeof authenticate === 'function') return await authenticate(credentials, requestOptions);
		const resolve = (value: unknown) =>
			typeof value === 'string' && value.startsWith('=')
				? workflow.expression.getSimpleParameterValue(node, value, 'internal', { $credentials: credentials }, undefined, '')
				: value;
		const target = requestOptions as unknown as Record<string, Record<string, unknown>>;
		for (const [outerKey, entries] of Object.entries(authenticate.properties)) {
			target[outerKey] ??= {};
			for (const [key, value] of Object.entries(entries as Record<string, unknown>)) {
				target[outerKey][String(resolve(key))] = resolve(value);
			}
		}
		return requestOptions;
	}

	/**
	 * Mirrors n8n's CredentialsHelper.preAuthentication: a credential type with one expirable
	 * hidden field gets its preAuthentication run when that field is empty or n8n saw a 401, and
	 * the result is stored with the credential (as n8n writes it to the database).
	 */
	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		_node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = this.types[typeName];
		const expirable = type?.properties.find((property) => property.type === 'hidden' && property.typeOptions?.expirable === true);
		if (!expirable || typeof type.preAuthentication !== 'function') return undefined;
		if (credentials[expirable.name] !== '' && credentials[expirable.name] !== undefined && !credentialsExpired) return undefined;
		const output = await type.preAuthentication.call(helpers, credentials);
		if (output?.[expirable.name] === undefined) return undefined;
		this.preAuthentications[typeName] = (this.preAuthentications[typeName] ?? 0) + 1;
		this.data[typeName] = { ...this.data[typeName], ...output } as ICredentialDataDecryptedObject;
		return Object.assign(credentials, output) as ICredentialDataDecryptedObject;
	}

	async runPreAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = this.types[typeName];
		if (typeof type?.preAuthentication !== 'function') return undefined;
		return ((await type.preAuthentication.call(helpers, credentials)) ?? undefined) as ICredentialDataDecryptedObject | undefined;
	}

	async getCredentials(): Promise<ICredentials> {
		throw new Error('not used by these tests');
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		this.decryptedCalls.push(type);
		const data = this.data[type];
		if (!data) throw new Error(`no test credentials of type ${type}`);
		return { ...data };
	}

	async updateCredentials(): Promise<void> {}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	getCredentialsProperties(type: string): INodeProperties[] {
		return this.types[type]?.properties ?? [];
	}
}

export interface TestEnvironment {
	nodeTypes: Record<string, INodeType>;
	credentialTypes: Record<string, ICredentialType>;
	credentials: Record<string, ICredentialDataDecryptedObject>;
	/** Filled in by the harness: preAuthentication runs per credential type. */
	preAuthentications?: Record<string, number>;
}

export function nodeTypesOf(types: Record<string, INodeType>): INodeTypes {
	return {
		getByName: (name) => types[name],
		getByNameAndVersion: (name) => types[name],
		getKnownTypes: () => ({}),
	} as INodeTypes;
}

export function additionalDataFor(env: TestEnvironment, hooks?: ExecutionLifecycleHooks): IWorkflowExecuteAdditionalData {
	return {
		credentialsHelper: new TestCredentialsHelper(env.credentials, env.credentialTypes, (env.preAuthentications ??= {})),
		hooks,
		executeWorkflow: async () => {
			throw new Error('not supported in tests');
		},
		getRunExecutionData: async () => undefined,
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://127.0.0.1/rest',
		instanceBaseUrl: 'http://127.0.0.1',
		formBaseUrl: 'http://127.0.0.1/form',
		formWaitingBaseUrl: 'http://127.0.0.1/form-waiting',
		formTestBaseUrl: 'http://127.0.0.1/form-test',
		webhookBaseUrl: 'http://127.0.0.1/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1/webhook-test',
		mcpBaseUrl: 'http://127.0.0.1/mcp',
		mcpTestBaseUrl: 'http://127.0.0.1/mcp-test',
		variables: {},
		logAiEvent: () => {},
		startRunnerTask: async () => {
			throw new Error('not supported in tests');
		},
	} as unknown as IWorkflowExecuteAdditionalData;
}

export function testNode(type: string, parameters: IDataObject, extra: Partial<INode> = {}): INode {
	return {
		id: `node-${type}`,
		name: 'Node Under Test',
		type,
		typeVersion: 1,
		position: [0, 0],
		parameters: parameters as INode['parameters'],
		credentials: { outsetaApi: { id: 'cred-1', name: 'Test credential' } },
		...extra,
	};
}

export interface NodeRun {
	items: INodeExecutionData[];
	/** The node's error when it failed outright (no continue-on-fail). */
	error?: Error & { httpCode?: string | null; description?: string | null };
	run: IRun;
}

/** Executes one node with the given input items through WorkflowExecute. */
/** An input entry: its JSON, or a whole item `{json, binary}` (file uploads). */
function asItem(entry: IDataObject): INodeExecutionData {
	const isItem = entry && typeof entry.json === 'object' && typeof entry.binary === 'object' && Object.keys(entry).length === 2;
	return isItem ? (entry as unknown as INodeExecutionData) : { json: entry };
}

export async function runNode(
	env: TestEnvironment,
	node: INode,
	input: IDataObject[] = [{}],
	settings: { timezone?: string } = {},
): Promise<NodeRun> {
	const workflow = new Workflow({
		id: 'wf-test',
		name: 'engine test',
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: nodeTypesOf(env.nodeTypes),
		settings,
	});
	const hooks = new ExecutionLifecycleHooks('manual', 'exec-test', {
		id: 'wf-test',
		name: 'engine test',
		nodes: [node],
		connections: {},
		active: false,
		activeVersionId: null,
		isArchived: false,
		createdAt: new Date(),
		updatedAt: new Date(),
	} as never);
	const runData: IRunExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [
				{ node, data: { main: [input.map(asItem)] }, source: null },
			],
		},
	});
	const execute = new WorkflowExecute(additionalDataFor(env, hooks), 'manual', runData);
	let run: IRun;
	try {
		run = await execute.processRunExecutionData(workflow);
	} catch (error) {
		// n8n refuses to start a workflow whose parameters have issues (e.g. a required one empty).
		return { items: [], error: error as NodeRun['error'], run: { data: runData } as IRun };
	}
	const task = run.data.resultData.runData[node.name]?.[0];
	const items = (task?.data?.main?.[0] ?? []) as INodeExecutionData[];
	return { items, error: (task?.error ?? run.data.resultData.error) as NodeRun['error'], run };
}

/**
 * A trigger under n8n's PollContext, with static data that survives between polls the way n8n
 * keeps it: `persisted` is what the database would hold.
 */
export class PollHarness {
	private workflow!: Workflow;
	persisted: IDataObject = {};

	constructor(
		private readonly env: TestEnvironment,
		readonly node: INode,
	) {
		this.load();
	}

	/** A fresh Workflow from the persisted static data, as n8n builds on activation or restart. */
	load(): void {
		this.workflow = new Workflow({
			id: 'wf-poll',
			name: 'poll test',
			nodes: [this.node],
			connections: {},
			active: true,
			nodeTypes: nodeTypesOf(this.env.nodeTypes),
			staticData: JSON.parse(JSON.stringify(this.persisted)),
		});
	}

	get staticData(): IDataObject {
		return this.workflow.getStaticData('node', this.node);
	}

	/**
	 * One poll. `mode` 'trigger' with activation 'activate' is the first poll of an activation
	 * (n8n saves static data after it); later cron polls use 'trigger' too. Static data is
	 * persisted after an emission and after an activation poll, as n8n 2.40 does.
	 */
	async poll(
		options: { mode?: WorkflowExecuteMode; activation?: WorkflowActivateMode; isActivation?: boolean } = {},
	): Promise<INodeExecutionData[][] | null> {
		const mode = options.mode ?? 'trigger';
		const context = new PollContext(
			this.workflow,
			this.node,
			additionalDataFor(this.env),
			mode,
			options.activation ?? 'activate',
		);
		const nodeType = this.env.nodeTypes[this.node.type];
		const result = await nodeType.poll!.call(context);
		const whole = this.workflow.staticData as IDataObject & { __dataChanged?: boolean };
		if (mode !== 'manual' && (result !== null || options.isActivation)) {
			const { __dataChanged, ...data } = whole;
			this.persisted = JSON.parse(JSON.stringify(data));
		}
		return result;
	}

	/** What n8n does on a reload after polls that emitted nothing: their changes are gone. */
	dropUnpersisted(): void {
		this.load();
	}
}

/**
 * A load-options context (list searches, dropdowns) for a node. As the editor does, it hands over
 * the node's current parameters (`getCurrentNodeParameter`).
 */
export function loadOptionsContext(env: TestEnvironment, node: INode): LoadOptionsContext {
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: nodeTypesOf(env.nodeTypes),
	});
	const additionalData = additionalDataFor(env);
	additionalData.currentNodeParameters = node.parameters;
	return new LoadOptionsContext(workflow, node, additionalData, '');
}
