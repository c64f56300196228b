import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IDisplayOptions,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	IN8nHttpFullResponse,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { PagingPreset, VendorApi } from './api';
import { credentialTypeOf, rateBucketOf } from './api';
import { resolveBaseUrl } from './baseUrl';
import { apiErrorFromResponse, markTokenRejection, partialFailures } from './errors';
import { layoutFields } from './fieldLayout';
import type { OutputSpec, Simplifier } from './output';
import { outputAction } from './output';
import { paginate, singleRequest } from './paging';
import { redactSecretsIn } from './redaction';
import { fillPath } from './paths';
import { observeRateLimit } from './throttle';

export interface OperationSpec {
	/** Operation value, e.g. `get`; other actions are camelCase verbs. */
	value: string;
	name: string;
	action: string;
	description: string;
	method: IHttpRequestMethods;
	/**
	 * Path below the API root; `{param}` is filled from the parameter of that name, encoded. When
	 * one operation reaches two endpoints (e.g. by phone or by id), `{by, paths}` picks the path
	 * by the value of the parameter `by`.
	 */
	path: string | { by: string; paths: Record<string, string> };
	/**
	 * How a path parameter's value is written into its segment when it is not the text as typed
	 * (e.g. a date as `yyyy-MM-dd`): parameter name → the value to encode. Throw NodeOperationError
	 * naming the field for input that cannot be written.
	 */
	pathValues?: Record<string, (this: IExecuteSingleFunctions, value: unknown, label: string) => unknown>;
	/** `record` (default): the body; `list`: paged records; `deleted`: `{deleted: true}`. */
	output?: OutputSpec['kind'];
	simplify?: Simplifier;
	/** Key for a body that is a bare value, e.g. `token`. */
	scalarKey?: string;
	/** `list` only: how this endpoint pages, when it differs from the vendor's usual way. */
	paging?: PagingPreset;
	properties?: INodeProperties[];
	/**
	 * Checks across fields on the finished request, before anything is sent (the last step, after
	 * every field has written its part). Throw NodeOperationError naming the field.
	 */
	validate?: (
		this: IExecuteSingleFunctions,
		request: DeclarativeRestApiSettings.ResultOptions['options'],
	) => Promise<void> | void;
	/**
	 * What a vendor's generic refusal means for this operation, by the vendor's error code: put
	 * before the error's description, so the user reads what to check, not only the vendor's text.
	 */
	errorMeanings?: Record<string, string>;
	/** The rate bucket of this operation, when the vendor's `rateBuckets` do not find it by its path. */
	rateBucket?: string;
	/** Query values the operation always sends (an RPC API's `function=`): the user never types them. */
	query?: IDataObject;
	/** `record` only: reads the answer into items (e.g. a text answer), instead of the vendor's envelope. */
	answer?: (body: unknown) => IDataObject[];
}

export interface Operation {
	option: INodePropertyOptions;
	properties: INodeProperties[];
	spec: OperationSpec;
	/** How the node shapes this operation's responses (also read by the output-schema generator). */
	output: OutputSpec;
	api: VendorApi;
}

const UNCHECKED_TYPES = new Set(['boolean', 'collection', 'fixedCollection', 'hidden', 'notice', 'json']);

function isBlank(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * First preSend of every operation: a credential the vendor refuses (`refusesCredential`), the
 * API root from the credential (refused with a clear message when the credential has no usable address), missing required parameters by name, and
 * the path; nothing is sent for bad input.
 */
function prepareRequest(
	api: VendorApi,
	path: OperationSpec['path'],
	properties: INodeProperties[],
	pathValues: OperationSpec['pathValues'] = {},
) {
	const labels = new Map(properties.map((property) => [property.name, property.displayName]));
	const required = properties.filter((property) => property.required && !UNCHECKED_TYPES.has(property.type));
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const node = this.getNode();
		const itemIndex = this.getItemIndex();
		const credentials = await this.getCredentials(credentialTypeOf(this, api));
		const refusal = api.refusesCredential?.(credentials);
		if (refusal) throw new NodeOperationError(node, refusal.message, { itemIndex, description: refusal.description });
		try {
			// resolveBaseUrl only throws BaseUrlError, whose message tells the user what to fill in.
			requestOptions.baseURL = resolveBaseUrl(api.baseUrl, credentials);
		} catch (error) {
			throw new NodeOperationError(node, `The ${api.service} credential has no usable address`, {
				itemIndex,
				description: (error as Error).message,
			});
		}
		const read = (name: string) => this.getNodeParameter(name, null, { extractValue: true });
		for (const property of required) {
			// n8n drops parameters hidden by displayOptions: absent means not ours to check.
			if (this.getNodeParameter(property.name, null) === null) continue;
			if (isBlank(read(property.name))) {
				throw new NodeOperationError(node, `"${property.displayName}" is required`, {
					itemIndex,
					description: `Enter a value for "${property.displayName}".`,
				});
			}
		}
		const template = typeof path === 'string' ? path : path.paths[String(this.getNodeParameter(path.by, ''))];
		if (template === undefined) {
			throw new NodeOperationError(node, `"${labels.get((path as { by: string }).by)}" has no valid value`, { itemIndex });
		}
		const fromCredential = api.pathFromCredential ?? {};
		requestOptions.url = fillPath(
			node,
			template,
			(name) =>
				name in fromCredential
					? { value: credentials[name], label: fromCredential[name] }
					: {
							value: pathValues[name] ? pathValues[name].call(this, read(name), labels.get(name) ?? name) : read(name),
							label: labels.get(name) ?? name,
						},
			itemIndex,
		);
		return requestOptions;
	};
}

/**
 * First postReceive of every declarative operation: a 2xx answer the vendor marks as a failure
 * in its body (some RPC-style APIs) becomes a NodeApiError like an HTTP error would.
 */
export function throwOnFailedBody(api: VendorApi, bucket?: string) {
	return async function (
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		observeRateLimit(this, api, response.headers, bucket);
		const status = response.statusCode >= 400 ? response.statusCode : api.errors?.failureIn2xx?.(response.body, response.statusCode);
		if (status === undefined) return items;
		const error = apiErrorFromResponse(this.getNode(), api, {
			statusCode: status,
			body: response.body,
			headers: response.headers,
		});
		// The runner renews a token rejected this way (see `routedRequest`).
		if (response.statusCode < 400 && api.tokenRenewal?.rejectedIn2xx?.(response.body)) markTokenRejection(error);
		throw error;
	};
}

/** Last postReceive for APIs with secrets in the query string: an answer echoing them outputs them masked. */
function redactOutput(api: VendorApi) {
	return async function (this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
		const secrets = api.querySecrets?.(await this.getCredentials(credentialTypeOf(this, api))) ?? [];
		// Short secrets (a user name like "101") only as whole values: never cut inside phone numbers or IDs.
		return items.map((item) => ({ ...item, json: redactSecretsIn(item.json, secrets, { substringsFrom: 8 }) }));
	};
}

type Runner = (
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
) => Promise<INodeExecutionData[]>;

/** A vendor error (its message carries `(HTTP <status>, <code>)`) with the meaning of its code in front of its description. */
function withErrorMeanings(runner: Runner, meanings: OperationSpec['errorMeanings']): Runner {
	if (!meanings) return runner;
	return async function (this, requestData) {
		try {
			return await runner.call(this, requestData);
		} catch (thrown) {
			if (!(thrown instanceof NodeApiError)) throw new NodeOperationError(this.getNode(), thrown as Error);
			const code = Object.keys(meanings).find((candidate) => thrown.message.includes(`, ${candidate})`));
			if (code) thrown.description = [meanings[code], thrown.description].filter(Boolean).join(' ');
			// Wrapping a NodeApiError hands back the same error, now explained.
			throw new NodeApiError(this.getNode(), thrown as unknown as JsonObject);
		}
	};
}

function withValidation(runner: Runner, validate: OperationSpec['validate']): Runner {
	if (!validate) return runner;
	return async function (this, requestData) {
		await validate.call(this, requestData.options);
		return await runner.call(this, requestData);
	};
}

/**
 * One endpoint as an operation: its option (with declarative routing) and its fields. Every
 * operation runs through the shared runner, so single requests and pages alike are paced, retry
 * on 429 and turn HTTP failures into the vendor's error; 2xx bodies that signal a failure are
 * caught by the first postReceive.
 */
/** Every operation by its option object, so tools (the output-schema generator) can walk a node's description. */
const operationsByOption = new WeakMap<INodePropertyOptions, Operation>();

export function operationForOption(option: INodePropertyOptions): Operation | undefined {
	return operationsByOption.get(option);
}

export function defineOperation(api: VendorApi, spec: OperationSpec): Operation {
	const properties = spec.properties ?? [];
	const kind = spec.output ?? 'record';
	const paging = kind === 'list' ? (spec.paging ?? api.paging) : undefined;
	const output: OutputSpec = {
		kind,
		simplify: spec.simplify,
		scalarKey: spec.scalarKey,
		paging,
		envelope: api.envelope,
		partialFailures: api.errors?.errorList ? (body) => partialFailures(body, api.errors) : undefined,
		answer: spec.answer,
	};
	const templates = typeof spec.path === 'string' ? [spec.path] : Object.values(spec.path.paths);
	const bucket = spec.rateBucket ?? templates.map((template) => rateBucketOf(api, spec.method, template)).find(Boolean);
	const runner = kind === 'list' ? paginate(api, paging, bucket) : singleRequest(api, bucket);
	const operation: Operation = {
		option: {
			name: spec.name,
			value: spec.value,
			action: spec.action,
			description: spec.description,
			routing: {
				request: { method: spec.method, ...(spec.query ? { qs: { ...spec.query } } : {}) },
				send: { preSend: [prepareRequest(api, spec.path, properties, spec.pathValues)], paginate: true },
				operations: { pagination: withErrorMeanings(withValidation(runner, spec.validate), spec.errorMeanings) },
				output: { postReceive: [throwOnFailedBody(api, bucket), outputAction(output), ...(api.querySecrets ? [redactOutput(api)] : [])] },
			},
		},
		properties,
		spec,
		output,
		api,
	};
	operationsByOption.set(operation.option, operation);
	return operation;
}

function showFor(property: INodeProperties, show: IDisplayOptions['show']): INodeProperties {
	return {
		...property,
		displayOptions: {
			...property.displayOptions,
			show: { ...show, ...property.displayOptions?.show },
		},
	};
}

function operationSelector(resource: string, operations: Operation[], defaultOperation: string): INodeProperties {
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options: operations.map((operation) => operation.option).sort((a, b) => a.name.localeCompare(b.name)),
		default: defaultOperation,
	};
}

/**
 * Each resource's operation selector, then the fields of all operations. A field several
 * operations share, of one resource or several, is one property shown for all of them
 * (descriptions are sent whole to the editor, twice with the AI tool variant); each operation's
 * form keeps its fields in its order.
 */
function defineResources(resources: Array<Pick<ResourceSpec, 'value' | 'operations' | 'defaultOperation'>>): INodeProperties[] {
	const fields = layoutFields(
		resources.flatMap((resource) =>
			resource.operations.map((operation) => ({ resource: resource.value, operation: operation.spec.value, properties: operation.properties })),
		),
		{ shareAcrossResources: true },
	);
	return [
		...resources.map((resource) => operationSelector(resource.value, resource.operations, resource.defaultOperation)),
		...fields.map((slot) => showFor(slot.property, { resource: slot.resources, operation: slot.operations })),
	];
}

export interface ResourceSpec {
	/** Shown in the Resource dropdown and the canvas subtitle, e.g. "Person". */
	name: string;
	value: string;
	operations: Operation[];
	defaultOperation: string;
	description?: string;
}

/**
 * A node's Resource selector, every resource's operations and fields, and a canvas subtitle in
 * the user's words ("Get Many: Person"), from one list of resources.
 */
export function assembleResources(resources: ResourceSpec[], defaultResource: string) {
	const subtitles: Record<string, string> = {};
	for (const resource of resources) {
		for (const operation of resource.operations) {
			subtitles[`${resource.value}:${operation.option.value}`] = `${operation.option.name}: ${resource.name}`;
		}
	}
	const resourceProperty: INodeProperties = {
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [...resources]
			.sort((a, b) => a.name.localeCompare(b.name))
			.map((resource) => ({ name: resource.name, value: resource.value, ...(resource.description ? { description: resource.description } : {}) })),
		default: defaultResource,
	};
	return {
		properties: [
			resourceProperty,
			...defineResources(resources),
		],
		subtitle: `={{ ${JSON.stringify(subtitles)}[$parameter["resource"] + ":" + $parameter["operation"]] }}`,
		operations: resources.flatMap((resource) => resource.operations.map((operation) => ({ resource: resource.value, operation }))),
	};
}
