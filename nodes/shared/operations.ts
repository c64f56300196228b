import type {
	IDisplayOptions,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
	PostReceiveAction,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import type { VendorApi } from './api';
import { throwOnErrorStatus } from './errors';
import type { Simplifier } from './output';
import { deletedOutput, listOutput, recordOutput } from './output';
import { paginate, singleRequest } from './paging';
import { fillPath } from './paths';

export interface OperationSpec {
	/** Operation value, e.g. `get`; other actions are camelCase verbs. */
	value: string;
	name: string;
	action: string;
	description: string;
	method: IHttpRequestMethods;
	/** Path below the API root; `{param}` is filled from the parameter of that name, encoded. */
	path: string;
	/** `record` (default): the body; `list`: paged records; `deleted`: `{deleted: true}`. */
	output?: 'record' | 'list' | 'deleted';
	simplify?: Simplifier;
	properties?: INodeProperties[];
}

export interface Operation {
	option: INodePropertyOptions;
	properties: INodeProperties[];
}

const UNCHECKED_TYPES = new Set(['boolean', 'collection', 'fixedCollection', 'hidden', 'notice', 'json']);

function isBlank(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * First preSend of every operation: rejects missing required parameters by name and fills the
 * path, so nothing is sent for bad input.
 */
function prepareRequest(path: string, properties: INodeProperties[]) {
	const labels = new Map(properties.map((property) => [property.name, property.displayName]));
	const required = properties.filter(
		(property) => property.required && !UNCHECKED_TYPES.has(property.type),
	);
	return async function (
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const node = this.getNode();
		const read = (name: string) => this.getNodeParameter(name, null, { extractValue: true });
		for (const property of required) {
			// n8n drops parameters hidden by displayOptions: absent means not ours to check.
			if (this.getNodeParameter(property.name, null) === null) continue;
			if (isBlank(read(property.name))) {
				throw new NodeOperationError(node, `"${property.displayName}" is required`, {
					itemIndex: this.getItemIndex(),
					description: `Enter a value for "${property.displayName}".`,
				});
			}
		}
		requestOptions.url = fillPath(
			node,
			path,
			(name) => ({ value: read(name), label: labels.get(name) ?? name }),
			this.getItemIndex(),
		);
		return requestOptions;
	};
}

function outputAction(api: VendorApi, spec: OperationSpec): PostReceiveAction {
	switch (spec.output) {
		case 'list':
			return listOutput(api.paging, spec.simplify);
		case 'deleted':
			return deletedOutput();
		default:
			return recordOutput(spec.simplify);
	}
}

/**
 * One endpoint as an operation: its option (with declarative routing) and its fields. Every
 * operation runs through the shared runner, so single requests and pages alike are paced and
 * retry on 429, and every response passes the shared error check first.
 */
export function defineOperation(api: VendorApi, spec: OperationSpec): Operation {
	const properties = spec.properties ?? [];
	const runner = spec.output === 'list' ? paginate(api) : singleRequest(api);
	return {
		option: {
			name: spec.name,
			value: spec.value,
			action: spec.action,
			description: spec.description,
			routing: {
				// Errors are read by throwOnErrorStatus, which keeps the vendor's message.
				request: { method: spec.method, ignoreHttpStatusErrors: true },
				send: { preSend: [prepareRequest(spec.path, properties)], paginate: true },
				operations: { pagination: runner },
				output: { postReceive: [throwOnErrorStatus(api.service), outputAction(api, spec)] },
			},
		},
		properties,
	};
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

/** The operation selector of one resource followed by every operation's fields. */
export function defineResource(
	resource: string,
	operations: Operation[],
	defaultOperation: string,
): INodeProperties[] {
	const options = operations
		.map((operation) => operation.option)
		.sort((a, b) => a.name.localeCompare(b.name));
	return [
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource] } },
			options,
			default: defaultOperation,
		},
		...operations.flatMap((operation) =>
			operation.properties.map((property) =>
				showFor(property, { resource: [resource], operation: [operation.option.value] }),
			),
		),
	];
}
