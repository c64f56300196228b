import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { formatInZone, instantOf } from '../../shared/dates';
import { deepMerge, jsonBodyField, locatorField } from '../../shared/fields';

/**
 * Rebillia request bodies described once as field specs: each spec renders as an n8n property and
 * reads that property's value into the body, converted the way Rebillia takes it (ids as
 * integers, dates as YYYY-MM-DD, nested lists and objects as fixed collections). Blank values are
 * not sent; bad values are refused naming the field (and the entry of a list) before sending.
 */
export type FieldKind =
	| 'text'
	| 'number'
	| 'boolean'
	| 'id'
	| 'date'
	| 'instant'
	| 'options'
	| 'list'
	| 'object'
	| 'collection';

export interface FieldSpec {
	/** Body key; dotted for a nested object (`paymentMethod.nonce`). */
	key: string;
	/** Parameter name, when it differs from the key. */
	name?: string;
	label: string;
	kind: FieldKind;
	placeholder?: string;
	description?: string;
	/** `options`: the choices; `id`: a dropdown from this load-options method instead of a text box. */
	options?: INodePropertyOptions[];
	loadOptions?: string;
	default?: string | number | boolean;
	/** Checked by the builder (nested entries) or by the shared runner (top-level fields). */
	required?: boolean;
	/** `list`, `object`, `collection`: the fields inside. */
	fields?: FieldSpec[];
	/** `list`, `object`: what one entry is called, e.g. "Line". */
	entry?: string;
	rows?: number;
}

const DYNAMIC_DESCRIPTION =
	'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>';

const parameterName = (spec: FieldSpec) => spec.name ?? spec.key;

/** The n8n property a spec renders as (no routing: the builders read it). */
export function propertyOf(spec: FieldSpec): INodeProperties {
	const base = {
		displayName: spec.label,
		name: parameterName(spec),
		...(spec.placeholder ? { placeholder: spec.placeholder } : {}),
		...(spec.description ? { description: spec.description } : {}),
	};
	switch (spec.kind) {
		case 'number':
			return { ...base, type: 'number', default: (spec.default as number) ?? 0 };
		case 'boolean':
			return { ...base, type: 'boolean', default: (spec.default as boolean) ?? false };
		case 'date':
		case 'instant':
			return { ...base, type: 'dateTime', default: '' };
		case 'options':
			return { ...base, type: 'options', options: spec.options ?? [], default: (spec.default as string) ?? '' };
		case 'id':
			if (spec.loadOptions) {
				return {
					...base,
					displayName: `${spec.label} Name or ID`,
					type: 'options',
					typeOptions: { loadOptionsMethod: spec.loadOptions },
					default: '',
					description: DYNAMIC_DESCRIPTION,
				};
			}
			return { ...base, type: 'string', default: '' };
		case 'list':
		case 'object': {
			const entry = spec.entry ?? 'Entry';
			return {
				...base,
				type: 'fixedCollection',
				typeOptions: { multipleValues: spec.kind === 'list' },
				placeholder: `Add ${entry}`,
				default: {},
				options: [{ displayName: entry, name: entryName(spec), values: (spec.fields ?? []).map(propertyOf) }],
			};
		}
		case 'collection':
			return {
				...base,
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: (spec.fields ?? []).map(propertyOf),
			};
		default:
			return { ...base, type: 'string', default: (spec.default as string) ?? '', ...(spec.rows ? { typeOptions: { rows: spec.rows } } : {}) };
	}
}

const entryName = (spec: FieldSpec) => (spec.entry ?? 'entry').replace(/\s+(\w)/g, (_, letter: string) => letter.toUpperCase()).replace(/^\w/, (letter) => letter.toLowerCase());

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

function refuse(context: IExecuteSingleFunctions, message: string, description?: string): never {
	throw new NodeOperationError(context.getNode(), message, { itemIndex: context.getItemIndex(), ...(description ? { description } : {}) });
}

/** A whole-number Rebillia id from user input, or undefined when blank; anything else is refused by name. */
export function readId(context: IExecuteSingleFunctions, label: string, value: unknown): number | undefined {
	if (isBlank(value)) return undefined;
	const text = String(value).trim();
	if (!/^\d+$/.test(text)) {
		refuse(context, `${label} must be a numeric ID`, `"${text}" is not a Rebillia ID; Rebillia ids are whole numbers, e.g. 4.`);
	}
	return Number(text);
}

/** A day as Rebillia takes it (YYYY-MM-DD), read in the workflow timezone. */
export function readDay(context: IExecuteSingleFunctions, label: string, value: unknown): string | undefined {
	if (isBlank(value)) return undefined;
	if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return value.trim();
	const millis = instantOf(value, context.getTimezone());
	if (millis === undefined) refuse(context, `${label} is not a date: "${String(value)}"`);
	return formatInZone(millis, context.getTimezone(), 'yyyy-MM-dd');
}

/** An instant as ISO-8601 UTC (`2026-03-01T07:00:00Z`); wall-clock input is read in the workflow timezone. */
export function readInstant(context: IExecuteSingleFunctions, label: string, value: unknown): string | undefined {
	if (isBlank(value)) return undefined;
	const millis = instantOf(value, context.getTimezone());
	if (millis === undefined) refuse(context, `${label} is not a date and time: "${String(value)}"`);
	return `${formatInZone(millis, 'UTC', 'yyyy-MM-ddTHH:mm:ss')}Z`;
}

function setPath(target: IDataObject, path: string, value: unknown): void {
	const parts = path.split('.');
	let cursor = target;
	for (const part of parts.slice(0, -1)) {
		if (!cursor[part] || typeof cursor[part] !== 'object') cursor[part] = {};
		cursor = cursor[part] as IDataObject;
	}
	cursor[parts[parts.length - 1]] = value as IDataObject;
}

/** One spec's value as the body takes it; undefined: not sent. `where` prefixes error messages. */
function readValue(context: IExecuteSingleFunctions, spec: FieldSpec, raw: unknown, where: string): unknown {
	const label = `${where}"${spec.label}"`;
	let value: unknown;
	switch (spec.kind) {
		case 'id':
			value = readId(context, label, raw);
			break;
		case 'date':
			value = readDay(context, label, raw);
			break;
		case 'instant':
			value = readInstant(context, label, raw);
			break;
		case 'number':
			if (isBlank(raw)) break;
			value = Number(raw);
			if (!Number.isFinite(value)) refuse(context, `${label} is not a number: "${String(raw)}"`);
			break;
		case 'boolean':
			value = isBlank(raw) ? undefined : raw === true || raw === 'true';
			break;
		case 'list': {
			const entries = ((raw as IDataObject | undefined)?.[entryName(spec)] ?? []) as IDataObject[];
			const list = (Array.isArray(entries) ? entries : [entries])
				.map((entry, index) => readFields(context, spec.fields ?? [], entry, `${where}${spec.entry ?? spec.label} ${index + 1}: `))
				.filter((entry) => Object.keys(entry).length);
			value = list.length ? list : undefined;
			break;
		}
		case 'object': {
			const entry = (raw as IDataObject | undefined)?.[entryName(spec)] as IDataObject | undefined;
			const object = entry ? readFields(context, spec.fields ?? [], entry, `${where}${spec.label}: `) : {};
			value = Object.keys(object).length ? object : undefined;
			break;
		}
		default:
			value = isBlank(raw) ? undefined : raw;
	}
	if (value === undefined && spec.required) refuse(context, `${label} is required`, `Enter a value for ${label}.`);
	return value;
}

/** The body part of a set of fields from their parameter values (a collection or an entry). */
export function readFields(context: IExecuteSingleFunctions, specs: FieldSpec[], values: IDataObject, where = ''): IDataObject {
	const result: IDataObject = {};
	for (const spec of specs) {
		const name = parameterName(spec);
		if (spec.kind === 'collection') {
			Object.assign(result, readFields(context, spec.fields ?? [], (values[name] ?? {}) as IDataObject, where));
			continue;
		}
		if (!(name in values) && !spec.required) continue;
		const value = readValue(context, spec, values[name], where);
		if (value !== undefined) setPath(result, spec.key, value);
	}
	return result;
}

function mergeBody(requestOptions: IHttpRequestOptions, part: IDataObject): IHttpRequestOptions {
	if (Object.keys(part).length) requestOptions.body = deepMerge((requestOptions.body ?? {}) as IDataObject, part);
	return requestOptions;
}

/** A top-level body field: its property, which writes its value into the body. */
export function bodyProperty(spec: FieldSpec, extra: Partial<INodeProperties> = {}): INodeProperties {
	return {
		...propertyOf(spec),
		...(spec.required ? { required: true } : {}),
		...extra,
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
						const raw = this.getNodeParameter(parameterName(spec), undefined, { extractValue: true });
						return mergeBody(requestOptions, readFields(this, [{ ...spec, required: false }], { [parameterName(spec)]: raw }));
					},
				],
			},
		},
	};
}

/**
 * A collection of optional body fields ("Additional Fields", "Update Fields"): it writes the
 * fields the user added, then Extra Properties (JSON) merged over them.
 */
export function bodyCollection(
	options: { displayName: string; name: string; fields: FieldSpec[]; extraExample?: string },
): INodeProperties {
	const extra = jsonBodyField(
		{
			displayName: 'Extra Properties (JSON)',
			name: 'extraProperties',
			description: `More body properties as a JSON object, merged over the fields above${options.extraExample ? `, e.g. ${options.extraExample}` : ''}`,
		},
		options.name,
	);
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [...options.fields.map(propertyOf), extra],
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
						const values = (this.getNodeParameter(options.name, {}) ?? {}) as IDataObject;
						return mergeBody(requestOptions, readFields(this, options.fields, values));
					},
				],
			},
		},
	};
}

/** A preSend refusing a path id that is not a whole number (typed, or from an expression). */
export function numericIdCheck(name: string, label: string) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		readId(this, `"${label}"`, this.getNodeParameter(name, '', { extractValue: true }));
		return requestOptions;
	};
}

const ID_PATTERN = { regex: '^\\s*\\d+\\s*$', message: 'A Rebillia ID is a whole number, e.g. 4' };

/** A record picked From List (a search in methods/listSearch.ts) or By ID (digits only). */
export function idLocator(options: { displayName: string; name: string; noun: string; search?: string; description?: string }): INodeProperties {
	return {
		...locatorField({
			displayName: options.displayName,
			name: options.name,
			noun: options.noun,
			searchListMethod: options.search,
			idPlaceholder: 'e.g. 4',
			idPattern: ID_PATTERN,
			description: options.description,
		}),
		routing: { send: { preSend: [numericIdCheck(options.name, options.displayName)] } },
	};
}

/** A record by its id only (no list to pick from): a text field taking digits. */
export function idField(options: { displayName: string; name: string; description: string; placeholder?: string }): INodeProperties {
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'string',
		required: true,
		default: '',
		placeholder: options.placeholder ?? 'e.g. 7',
		description: options.description,
		routing: { send: { preSend: [numericIdCheck(options.name, options.displayName)] } },
	};
}

/** A picker (or id field) whose id also goes into the body, as an integer under `key`. */
export function idInBody(property: INodeProperties, key: string): INodeProperties {
	const spec: FieldSpec = { key, name: property.name, label: property.displayName, kind: 'id' };
	return {
		...property,
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
						const raw = this.getNodeParameter(property.name, undefined, { extractValue: true });
						return mergeBody(requestOptions, readFields(this, [spec], { [property.name]: raw }));
					},
				],
			},
		},
	};
}

/** A day sent as a query parameter (YYYY-MM-DD), from a date field at `parameterPath`. */
export function dayQueryField(options: { displayName: string; name: string; parameterPath: string; description: string }): INodeProperties {
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'dateTime',
		default: '',
		description: options.description,
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
						const day = readDay(this, `"${options.displayName}"`, this.getNodeParameter(options.parameterPath, ''));
						if (day !== undefined) requestOptions.qs = { ...requestOptions.qs, [options.name]: day };
						return requestOptions;
					},
				],
			},
		},
	};
}
