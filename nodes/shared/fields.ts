import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyModeValidation,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { formatInZone, instantOf } from './dates';

export const returnAllField: INodeProperties = {
	displayName: 'Return All',
	name: 'returnAll',
	type: 'boolean',
	default: false,
	description: 'Whether to return all results or only up to a given limit',
};

export const limitField: INodeProperties = {
	displayName: 'Limit',
	name: 'limit',
	type: 'number',
	typeOptions: { minValue: 1 },
	default: 50,
	displayOptions: { show: { returnAll: [false] } },
	description: 'Max number of results to return',
};

export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description: 'Whether to return a simplified version of the response instead of the raw data',
};

/** `send.value` of an optional field: left blank (or only spaces), it is not sent at all. */
export const UNLESS_BLANK = '={{ $value === null || (typeof $value === "string" && $value.trim() === "") ? undefined : $value }}';

/** A field sent in the body at a (dotted) path; a blank optional value is not sent. */
export function bodyField(property: INodeProperties, bodyPath: string): INodeProperties {
	const optionalText = !property.required && (property.type === 'string' || property.type === 'dateTime');
	return {
		...property,
		routing: { send: { type: 'body', property: bodyPath, ...(optionalText ? { value: UNLESS_BLANK } : {}) } },
	};
}

/** A field sent as a query parameter; a blank optional value is not sent. */
export function queryField(property: INodeProperties, queryName = property.name): INodeProperties {
	return {
		...property,
		routing: { send: { type: 'query', property: queryName, propertyInDotNotation: false } },
	};
}

/**
 * A date parameter as a vendor writes it: `pattern` (see `formatInZone`) in `zone`, `'workflow'`
 * for the workflow's timezone. Wall-clock input is read in the workflow's timezone. Blank gives
 * undefined; anything that is not a date is refused by name.
 */
export function readDate(
	context: IExecuteSingleFunctions,
	label: string,
	value: unknown,
	pattern: string,
	zone: 'UTC' | 'workflow' = 'UTC',
): string | undefined {
	if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
	const millis = instantOf(value, context.getTimezone());
	if (millis === undefined) {
		throw new NodeOperationError(context.getNode(), `"${label}" is not a date: "${String(value)}"`, {
			itemIndex: context.getItemIndex(),
			description: 'Enter a date such as 2024-05-01, or pick one.',
		});
	}
	return formatInZone(millis, zone === 'workflow' ? context.getTimezone() : zone, pattern);
}

/** Writes `value` at a dotted body path, creating the objects on the way. */
function setBodyPath(body: IDataObject, path: string, value: unknown): void {
	const parts = path.split('.');
	let cursor = body;
	for (const part of parts.slice(0, -1)) {
		if (!isPlainObject(cursor[part])) cursor[part] = {};
		cursor = cursor[part] as IDataObject;
	}
	cursor[parts[parts.length - 1]] = value as IDataObject;
}

/**
 * A date field sent in the body in the vendor's format (see `readDate`); left blank it is not
 * sent, and a value that is not a date is refused by name. `collection` names the collection it
 * sits in, if any.
 */
export function dateBodyField(
	property: INodeProperties,
	bodyPath: string,
	pattern: string,
	options: { zone?: 'UTC' | 'workflow'; collection?: string; suffix?: string } = {},
): INodeProperties {
	const parameterPath = options.collection ? `${options.collection}.${property.name}` : property.name;
	return {
		...property,
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
						const written = readDate(this, property.displayName, this.getNodeParameter(parameterPath, ''), pattern, options.zone);
						if (written === undefined) return requestOptions;
						requestOptions.body ??= {};
						setBodyPath(requestOptions.body as IDataObject, bodyPath, `${written}${options.suffix ?? ''}`);
						return requestOptions;
					},
				],
			},
		},
	};
}

function isPlainObject(value: unknown): value is IDataObject {
	return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** `patch` merged into `target`: objects merge key by key, anything else replaces. */
export function deepMerge(target: IDataObject, patch: IDataObject): IDataObject {
	const result: IDataObject = { ...target };
	for (const [key, value] of Object.entries(patch)) {
		result[key] = isPlainObject(value) && isPlainObject(result[key]) ? deepMerge(result[key] as IDataObject, value) : value;
	}
	return result;
}

/** A JSON parameter's value: an object, or undefined when blank; invalid JSON is refused by name. */
export function parseJsonObject(context: IExecuteSingleFunctions, label: string, value: unknown): IDataObject | undefined {
	let parsed = value;
	if (typeof value === 'string') {
		if (value.trim() === '' || value.trim() === '{}') return undefined;
		try {
			parsed = JSON.parse(value);
		} catch (error) {
			throw new NodeOperationError(context.getNode(), `"${label}" is not valid JSON`, {
				itemIndex: context.getItemIndex(),
				description: (error as Error).message,
			});
		}
	}
	if (parsed === undefined || parsed === null) return undefined;
	if (!isPlainObject(parsed)) {
		throw new NodeOperationError(context.getNode(), `"${label}" must be a JSON object`, {
			itemIndex: context.getItemIndex(),
		});
	}
	return parsed;
}

/**
 * A JSON field whose object is merged deeply into the request body after the typed fields, so
 * it can carry properties the typed fields do not cover (or one more part of an address without
 * replacing it). Invalid JSON is refused by name. `collection` names the collection it sits in.
 */
export function jsonBodyField(
	property: Omit<INodeProperties, 'type' | 'default'>,
	collection?: string,
): INodeProperties {
	const label = property.displayName;
	const parameterPath = collection ? `${collection}.${property.name}` : property.name;
	return {
		default: '{}',
		...property,
		type: 'json',
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
						const parsed = parseJsonObject(this, label, this.getNodeParameter(parameterPath, null));
						if (parsed) requestOptions.body = deepMerge((requestOptions.body ?? {}) as IDataObject, parsed);
						return requestOptions;
					},
				],
			},
		},
	};
}

/**
 * Name/value pairs written into the body, at the top level or under `target` (e.g. a vendor's
 * `attributes` object). Names are used literally; a pair with a blank name is not sent.
 */
export function keyValueBodyField(options: {
	displayName: string;
	name: string;
	description: string;
	/** Body path of the object the pairs go into; top level when absent. */
	target?: string;
	/** Collection holding this field, if any. */
	collection?: string;
	namePlaceholder?: string;
	valuePlaceholder?: string;
}): INodeProperties {
	const parameterPath = options.collection ? `${options.collection}.${options.name}` : options.name;
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'fixedCollection',
		placeholder: `Add ${options.displayName.replace(/s$/, '')}`,
		typeOptions: { multipleValues: true },
		default: {},
		description: options.description,
		options: [
			{
				displayName: 'Pair',
				name: 'pair',
				values: [
					{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: options.namePlaceholder ?? 'e.g. MyField' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '', placeholder: options.valuePlaceholder ?? '' },
				],
			},
		],
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
						const pairs = ((this.getNodeParameter(parameterPath, {}) as IDataObject).pair ?? []) as IDataObject[];
						const object: IDataObject = {};
						for (const { name, value } of pairs) {
							const key = String(name ?? '').trim();
							if (key) object[key] = value as string;
						}
						if (!Object.keys(object).length) return requestOptions;
						const patch = options.target ? { [options.target]: object } : object;
						requestOptions.body = deepMerge((requestOptions.body ?? {}) as IDataObject, patch);
						return requestOptions;
					},
				],
			},
		},
	};
}

/** "a" or "an" before a noun, for placeholders like "Select an account...". */
export function withArticle(noun: string): string {
	return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

/**
 * A resource locator: From List (searchable, when the vendor has a list endpoint) and By ID,
 * with the list mode first. Without a search method it is By ID only.
 */
export function locatorField(options: {
	displayName: string;
	name: string;
	noun: string;
	searchListMethod?: string;
	idPlaceholder: string;
	/** Validation of the By ID form, e.g. digits only. */
	idPattern?: { regex: string; message: string };
	required?: boolean;
	description?: string;
}): INodeProperties {
	// An empty value passes the pattern: "required" already names it, and n8n would show both.
	const validation: INodePropertyModeValidation[] = options.idPattern
		? [{ type: 'regex', properties: { regex: `(?:${options.idPattern.regex}|\\s*)`, errorMessage: options.idPattern.message } }]
		: [];
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: options.searchListMethod ? 'list' : 'id', value: '' },
		required: options.required ?? true,
		description: options.description ?? `The ${options.noun} to use`,
		modes: [
			...(options.searchListMethod
				? [
						{
							displayName: 'From List',
							name: 'list',
							type: 'list' as const,
							placeholder: `Select ${withArticle(options.noun)}...`,
							typeOptions: { searchListMethod: options.searchListMethod, searchable: true },
						},
					]
				: []),
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: options.idPlaceholder,
				...(validation.length ? { validation } : {}),
			},
		],
	};
}
