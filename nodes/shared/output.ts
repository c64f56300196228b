import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	PostReceiveAction,
} from 'n8n-workflow';
import type { PagingPreset } from './api';

export type Simplifier = (record: IDataObject) => IDataObject;

export interface PageInfo {
	total?: number;
	appliedPageSize?: number;
}

/** Page facts of a list response, keyed by the item array a list postReceive returned. */
const pageInfoByItems = new WeakMap<INodeExecutionData[], PageInfo>();

export function pageInfoOf(items: INodeExecutionData[]): PageInfo {
	return pageInfoByItems.get(items) ?? {};
}

function isEmptyBody(body: unknown): boolean {
	return body === undefined || body === null || (typeof body === 'string' && body.trim() === '');
}

function toItem(body: unknown): INodeExecutionData {
	if (body && typeof body === 'object' && !Array.isArray(body)) return { json: body as IDataObject };
	return { json: { data: body as IDataObject } };
}

function wantsSimplify(context: IExecuteSingleFunctions): boolean {
	return context.getNodeParameter('simplify', true) !== false;
}

/** One record; Simplify applies when the operation offers it. Empty 200 bodies become `{success: true}`. */
export function recordOutput(simplify?: Simplifier): PostReceiveAction {
	return async function (
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const body = response.body;
		if (isEmptyBody(body)) return [{ json: { success: true } }];
		if (Array.isArray(body)) return body.map(toItem);
		if (simplify && wantsSimplify(this) && typeof body === 'object') {
			return [{ json: simplify(body as IDataObject) }];
		}
		return [toItem(body)];
	};
}

/** The records of one list page, optionally simplified; remembers the page facts for the paginator. */
export function listOutput(paging: PagingPreset, simplify?: Simplifier): PostReceiveAction {
	return async function (
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const body = response.body;
		const records = paging.records(body);
		const shaped = simplify && wantsSimplify(this) ? records.map(simplify) : records;
		const items = shaped.map((json) => ({ json }));
		pageInfoByItems.set(items, {
			total: paging.total?.(body),
			appliedPageSize: paging.appliedPageSize?.(body),
		});
		return items;
	};
}

export function deletedOutput(): PostReceiveAction {
	return async function (): Promise<INodeExecutionData[]> {
		return [{ json: { deleted: true } }];
	};
}
