import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	PostReceiveAction,
} from 'n8n-workflow';
import type { Envelope, PagingPreset } from './api';

export type Simplifier = (record: IDataObject) => IDataObject;

/**
 * What an operation outputs. `record`: the body (an array becomes one item per element; an empty
 * body `{success: true}`; a bare value `{[scalarKey]: value}`); `list`: the records of a list page;
 * `deleted`: `{deleted: true}`.
 */
export interface OutputSpec {
	kind: 'record' | 'list' | 'deleted';
	simplify?: Simplifier;
	/** Key for a body that is a bare string or number, e.g. `token`. */
	scalarKey?: string;
	/** `list`: how records are found in a page body. */
	paging?: PagingPreset;
	/**
	 * `record`, empty answer: what to output besides `success: true` so the next node can chain on
	 * it (e.g. what was sent). Called without a context by the schema generator: return a sample.
	 */
	emptyAnswer?: (context: IExecuteSingleFunctions | undefined) => IDataObject;
	/** `record`: the vendor's envelope; its records are output, one item each. */
	envelope?: Envelope;
	/**
	 * `record`: the rows a bulk request refused in an answer that also carries its successes; output
	 * after the successes, each marked `failed: true`.
	 */
	partialFailures?: (body: unknown) => IDataObject[];
	/** `record`: the operation's own reader of the answer (a text answer read into items); wins over the envelope. */
	answer?: (body: unknown) => IDataObject[];
}

export interface PageInfo {
	total?: number;
	totalPages?: number;
	appliedPageSize?: number;
	nextToken?: string;
}

/** Page facts of a list response, keyed by the item array a list postReceive returned. */
const pageInfoByItems = new WeakMap<INodeExecutionData[], PageInfo>();

export function pageInfoOf(items: INodeExecutionData[]): PageInfo {
	return pageInfoByItems.get(items) ?? {};
}

function isEmptyBody(body: unknown): boolean {
	return body === undefined || body === null || (typeof body === 'string' && body.trim() === '');
}

function asRecord(value: unknown, scalarKey: string): IDataObject {
	if (value && typeof value === 'object' && !Array.isArray(value)) return value as IDataObject;
	return { [scalarKey]: value as IDataObject };
}

/**
 * The items an operation emits for a response body: the one place output is shaped, used by the
 * node at run time and by the output-schema generator.
 */
export function shapeBody(
	spec: OutputSpec,
	body: unknown,
	options: { simplify: boolean },
	context?: IExecuteSingleFunctions,
): IDataObject[] {
	const simplify = options.simplify && spec.simplify ? spec.simplify : undefined;
	switch (spec.kind) {
		case 'deleted':
			return [{ deleted: true }];
		case 'list': {
			const records = spec.paging ? spec.paging.records(body) : Array.isArray(body) ? (body as IDataObject[]) : [];
			return simplify ? records.map(simplify) : records;
		}
		default: {
			const failures = spec.partialFailures?.(body) ?? [];
			const wrapped = spec.answer ? spec.answer(body) : spec.envelope?.records(body);
			if (wrapped !== undefined) {
				const records = wrapped.map((record) => (simplify ? simplify(record) : record));
				if (!records.length && !failures.length) return [{ success: true, ...spec.emptyAnswer?.(context) }];
				return [...records, ...failures];
			}
			if (isEmptyBody(body)) return [{ success: true, ...spec.emptyAnswer?.(context) }];
			const key = spec.scalarKey ?? 'data';
			if (Array.isArray(body)) return body.map((element) => (simplify && element && typeof element === 'object' ? simplify(element as IDataObject) : asRecord(element, key)));
			const record = asRecord(body, key);
			return [simplify && typeof body === 'object' ? simplify(record) : record];
		}
	}
}

/** Simplify is on by default; it is off when the user turned it off or picked the fields to return. */
export function wantsSimplify(context: IExecuteSingleFunctions): boolean {
	if (context.getNodeParameter('simplify', true) === false) return false;
	const fields = context.getNodeParameter('options.fields', '') as unknown;
	// Fields is text (an expression) or a list of picked properties; an empty list picks none.
	return !(typeof fields === 'string' ? fields.trim() : Array.isArray(fields) ? fields.length : fields);
}

/** The operation's output shaping as a postReceive; list pages also remember their page facts. */
export function outputAction(spec: OutputSpec): PostReceiveAction {
	return async function (
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const body = response.body;
		const items = shapeBody(spec, body, { simplify: !!spec.simplify && wantsSimplify(this) }, this).map((json) => ({ json }));
		if (spec.kind === 'list' && spec.paging) {
			pageInfoByItems.set(items, {
				total: spec.paging.total?.(body),
				totalPages: spec.paging.totalPages?.(body),
				appliedPageSize: spec.paging.appliedPageSize?.(body),
				nextToken: spec.paging.nextToken?.(body),
			});
		}
		return items;
	};
}
