import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { formatInZone, instantOf } from '../../shared/dates';
import { deepMerge, jsonBodyField, limitField, locatorField, queryField, returnAllField } from '../../shared/fields';

/**
 * The field helpers of every Rebillia node. Request bodies are described as field specs: each
 * spec renders as an n8n property and reads that property's value into the body the way Rebillia
 * takes it (ids as integers, amounts in whole cents, sizes in whole hundredths, dates as
 * YYYY-MM-DD, comma lists as arrays, nested lists and objects as fixed collections). Blank values
 * are not sent; bad values are refused naming the field (and the entry of a list) before sending.
 */

// ------------------------------------------------------------------ units, said the same way everywhere

const CENTS = 'In cents, as a whole number (e.g. 1250 for 12.50); Rebillia answers amounts as decimal strings such as "12.5000"';
const HUNDREDTHS = 'In hundredths, as a whole number (e.g. 150 for 1.5); Rebillia answers sizes as decimal strings such as "1.5000"';
export const DECIMAL = 'As a decimal amount (e.g. 20.00); Rebillia answers amounts as decimal strings such as "20.0000"';
const DAY = "sent as YYYY-MM-DD, the day in the workflow's timezone";

// ------------------------------------------------------------------ reading values

export const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

export function refuse(context: IExecuteSingleFunctions, message: string, description?: string): never {
	throw new NodeOperationError(context.getNode(), message, { itemIndex: context.getItemIndex(), ...(description ? { description } : {}) });
}

/** A Rebillia id from user input (`label` as messages name it), or undefined when blank. */
function readId(context: IExecuteSingleFunctions, label: string, value: unknown, example = 4): number | undefined {
	if (isBlank(value)) return undefined;
	const text = String(value).trim();
	if (!/^\d+$/.test(text)) {
		refuse(context, `${label} must be a numeric ID`, `"${text}" is not a Rebillia ID; Rebillia IDs are whole numbers, e.g. ${example}.`);
	}
	return Number(text);
}

/** A day as Rebillia takes it (YYYY-MM-DD): date-only text as it is, other dates in the workflow timezone. */
function readDay(context: IExecuteSingleFunctions, label: string, value: unknown): string | undefined {
	if (isBlank(value)) return undefined;
	if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return value.trim();
	const millis = instantOf(value, context.getTimezone());
	if (millis === undefined) refuse(context, `${label} is not a date: "${String(value)}"`, 'Rebillia takes dates as YYYY-MM-DD, e.g. 2024-01-31.');
	return formatInZone(millis, context.getTimezone(), 'yyyy-MM-dd');
}

/** An instant as ISO-8601 UTC (`2026-03-01T07:00:00Z`); wall-clock input is read in the workflow timezone. */
function readInstant(context: IExecuteSingleFunctions, label: string, value: unknown): string | undefined {
	if (isBlank(value)) return undefined;
	const millis = instantOf(value, context.getTimezone());
	if (millis === undefined) refuse(context, `${label} is not a date and time: "${String(value)}"`);
	return `${formatInZone(millis, 'UTC', 'yyyy-MM-ddTHH:mm:ss')}Z`;
}

const UNITS = { cents: ['cents', 'e.g. 1250 for 12.50'], hundredths: ['hundredths', 'e.g. 150 for 1.5'] } as const;

/** A whole number of cents or hundredths (above 0 when `positive`), or undefined when blank. */
function readWhole(
	context: IExecuteSingleFunctions,
	label: string,
	value: unknown,
	unit: keyof typeof UNITS,
	positive = false,
): number | undefined {
	if (isBlank(value)) return undefined;
	const amount = Number(value);
	if (!Number.isInteger(amount) || (positive && amount <= 0)) {
		const [name, example] = UNITS[unit];
		refuse(context, `${label} must be a whole number of ${name}${positive ? ' above 0' : ''}`, `Got ${String(value)}; ${example}.`);
	}
	return amount;
}

/** Comma-separated text (e.g. "Yes, No") as a list. */
function textList(value: unknown): string[] {
	const parts = Array.isArray(value) ? value.map(String) : String(value ?? '').split(',');
	return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/** Comma-separated ids (e.g. "2, 3") as numbers, or a refusal naming the field. */
function readIdList(context: IExecuteSingleFunctions, label: string, value: unknown): number[] {
	const texts = textList(value);
	for (const text of texts) if (!/^\d+$/.test(text)) refuse(context, `${label} must be numbers separated by commas`, `"${text}" is not a number.`);
	return texts.map(Number);
}

// ------------------------------------------------------------------ body fields as specs

type FieldKind =
	| 'text'
	| 'number'
	| 'boolean'
	| 'options'
	| 'id'
	| 'cents'
	| 'hundredths'
	| 'date'
	| 'instant'
	/** Comma-separated text sent as a list; comma-separated ids with `ids`. */
	| 'textList'
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
	/** `options`: the choices. */
	options?: INodePropertyOptions[];
	/** `id`: a dropdown from this load-options method instead of a text box. */
	loadOptions?: string;
	/** `id` with `loadOptions`: parameters whose change reloads the dropdown, e.g. `customerId.value`. */
	loadOptionsDependsOn?: string[];
	/** `id`: typed in a number box (0 is empty), as ids of records with no list to pick from. */
	numberInput?: boolean;
	/** `id`: the example id of messages and placeholders. */
	example?: number;
	/** `textList`: the entries are ids, sent as numbers. */
	ids?: boolean;
	/** `textList`: sent as `[]` when empty (otherwise an empty list is not sent). */
	always?: boolean;
	/** `cents`: above 0. */
	positive?: boolean;
	default?: string | number | boolean;
	/** Refused when blank, naming the field (and its entry in a list); marked required in the editor. */
	required?: boolean;
	/** `list`, `object`, `collection`: the fields inside. */
	fields?: FieldSpec[];
	/** `list`, `object`: what one entry is called, e.g. "Line". */
	entry?: string;
	typeOptions?: INodeProperties['typeOptions'];
}

/** A text field of a body. */
export const textSpec = (key: string, label: string, placeholder: string, description?: string): FieldSpec => ({
	key,
	label,
	kind: 'text',
	placeholder,
	...(description ? { description } : {}),
});

const DYNAMIC_DESCRIPTION =
	'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>';

const parameterName = (spec: FieldSpec) => spec.name ?? spec.key;
const entryName = (spec: FieldSpec) =>
	(spec.entry ?? 'entry').replace(/\s+(\w)/g, (_, letter: string) => letter.toUpperCase()).replace(/^\w/, (letter) => letter.toLowerCase());

/** The n8n property a spec renders as (no routing: the builders read it). */
function propertyOf(spec: FieldSpec): INodeProperties {
	const description =
		spec.description ?? (spec.kind === 'cents' ? CENTS : spec.kind === 'hundredths' ? HUNDREDTHS : undefined);
	const base = {
		displayName: spec.label,
		name: parameterName(spec),
		...(spec.placeholder ? { placeholder: spec.placeholder } : {}),
		...(description ? { description: spec.kind === 'date' ? `${description} (${DAY})` : description } : {}),
		...(spec.typeOptions ? { typeOptions: spec.typeOptions } : {}),
	};
	switch (spec.kind) {
		case 'number':
		case 'cents':
		case 'hundredths':
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
					// An optional dropdown left empty is fine: without this the editor flags its "" as unsupported.
					...(spec.required ? {} : { allowArbitraryValues: true }),
					typeOptions: {
						loadOptionsMethod: spec.loadOptions,
						...(spec.loadOptionsDependsOn ? { loadOptionsDependsOn: spec.loadOptionsDependsOn } : {}),
					},
					default: '',
					description: spec.description ? `${spec.description}. ${DYNAMIC_DESCRIPTION}.` : DYNAMIC_DESCRIPTION,
				};
			}
			if (spec.numberInput) return { ...base, type: 'number', default: 0 };
			return { ...base, placeholder: spec.placeholder ?? `e.g. ${spec.example ?? 4}`, type: 'string', default: '' };
		case 'list':
		case 'object': {
			const entry = spec.entry ?? 'Entry';
			return {
				...base,
				type: 'fixedCollection',
				typeOptions: { multipleValues: spec.kind === 'list' },
				placeholder: `Add ${entry}`,
				default: {},
				options: [{ displayName: entry, name: entryName(spec), values: (spec.fields ?? []).map(entryProperty) }],
			};
		}
		case 'collection':
			return { ...base, type: 'collection', placeholder: 'Add Field', default: {}, options: (spec.fields ?? []).map(propertyOf) };
		default:
			return { ...base, type: 'string', default: (spec.default as string) ?? '' };
	}
}

/** A field of a list entry: marked required in the editor when the builder requires it. */
const entryProperty = (spec: FieldSpec): INodeProperties => ({ ...propertyOf(spec), ...(spec.required ? { required: true } : {}) });

function setPath(target: IDataObject, path: string, value: unknown): void {
	const parts = path.split('.');
	let cursor = target;
	for (const part of parts.slice(0, -1)) {
		if (!cursor[part] || typeof cursor[part] !== 'object') cursor[part] = {};
		cursor = cursor[part] as IDataObject;
	}
	cursor[parts[parts.length - 1]] = value as IDataObject;
}

/** One spec's value as the body takes it; undefined: not sent. `where` prefixes messages (e.g. "Line 2: "). */
function readValue(context: IExecuteSingleFunctions, spec: FieldSpec, raw: unknown, where: string): unknown {
	const label = `${where}"${spec.label}"`;
	let value: unknown;
	switch (spec.kind) {
		case 'id':
			value = readId(context, label, spec.numberInput && Number(raw) === 0 ? undefined : raw, spec.example);
			break;
		case 'cents':
		case 'hundredths':
			value = readWhole(context, label, raw, spec.kind, spec.positive);
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
		case 'text':
			value = isBlank(raw) ? undefined : typeof raw === 'string' ? raw.trim() : raw;
			break;
		case 'textList': {
			const list = spec.ids ? readIdList(context, label, raw) : textList(raw);
			value = list.length || spec.always ? list : undefined;
			break;
		}
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

/** The body part of a set of fields from their parameter values (a collection or a list entry). */
function readFields(context: IExecuteSingleFunctions, specs: FieldSpec[], values: IDataObject, where = ''): IDataObject {
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
						return mergeBody(requestOptions, readFields(this, [spec], { [parameterName(spec)]: raw }));
					},
				],
			},
		},
	};
}

/** Extra Properties (JSON) of a collection, merged deeply over the typed fields. */
function extraPropertiesField(collection: string, example?: string): INodeProperties {
	return jsonBodyField(
		{
			displayName: 'Extra Properties (JSON)',
			name: 'extraProperties',
			description: `More body properties as a JSON object, merged over the fields above${example ? `, e.g. ${example}` : ''}`,
		},
		collection,
	);
}

/**
 * A collection of optional body fields ("Additional Fields", "Update Fields", a nested object
 * such as Billing Address): it writes the fields the user added and, unless `extra` is false,
 * Extra Properties (JSON) merged over them.
 */
export function bodyCollection(options: {
	displayName: string;
	name: string;
	fields: FieldSpec[];
	extraExample?: string;
	extra?: boolean;
	placeholder?: string;
	description?: string;
}): INodeProperties {
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'collection',
		placeholder: options.placeholder ?? 'Add Field',
		default: {},
		...(options.description ? { description: options.description } : {}),
		options: [...options.fields.map(propertyOf), ...(options.extra === false ? [] : [extraPropertiesField(options.name, options.extraExample)])],
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

// ------------------------------------------------------------------ ids that pick records

/** Where a checked id also goes: into the body or the query, as a number (path ids are placed by the operation). */
export interface IdSend {
	type: 'body' | 'query';
	property: string;
}

/** A preSend refusing an id that is not a whole number (typed, or from an expression), and sending it where asked. */
function idPreSend(options: { name: string; label: string; example: number; send?: IdSend; collection?: string }) {
	const parameterPath = options.collection ? `${options.collection}.${options.name}` : options.name;
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const id = readId(this, `"${options.label}"`, this.getNodeParameter(parameterPath, '', { extractValue: true }), options.example);
		if (id === undefined || !options.send) return requestOptions;
		if (options.send.type === 'body') return mergeBody(requestOptions, { [options.send.property]: id });
		requestOptions.qs = { ...requestOptions.qs, [options.send.property]: id };
		return requestOptions;
	};
}

export interface IdOptions {
	displayName: string;
	name: string;
	description?: string;
	example?: number;
	required?: boolean;
	send?: IdSend;
	/** The collection holding this field, if any. */
	collection?: string;
}

/** A record picked From List (a list search of the node) or By ID, digits only. */
export function idLocator(options: IdOptions & { noun: string; search?: string }): INodeProperties {
	const example = options.example ?? 4;
	return {
		...locatorField({
			displayName: options.displayName,
			name: options.name,
			noun: options.noun,
			searchListMethod: options.search,
			idPlaceholder: `e.g. ${example}`,
			idPattern: { regex: '^\\s*\\d+\\s*$', message: `A Rebillia ID is a whole number, e.g. ${example}` },
			required: options.required,
			description: options.description,
		}),
		routing: { send: { preSend: [idPreSend({ ...options, label: options.displayName, example })] } },
	};
}

/** A record by its id only (no list to pick from): a text field taking digits. */
export function idField(options: IdOptions & { description: string }): INodeProperties {
	const example = options.example ?? 4;
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'string',
		required: options.required ?? true,
		default: '',
		placeholder: `e.g. ${example}`,
		description: options.description,
		routing: { send: { preSend: [idPreSend({ ...options, label: options.displayName, example })] } },
	};
}

/** A record picked from a dropdown of the account's records ("… Name or ID"), or an id from an expression. */
export function idDropdown(options: Omit<IdOptions, 'displayName'> & { label: string; loadOptions: string }): INodeProperties {
	return {
		displayName: `${options.label} Name or ID`,
		name: options.name,
		type: 'options',
		typeOptions: { loadOptionsMethod: options.loadOptions },
		required: options.required ?? true,
		default: '',
		description: options.description ? `${options.description}. ${DYNAMIC_DESCRIPTION}.` : DYNAMIC_DESCRIPTION,
		routing: { send: { preSend: [idPreSend({ ...options, label: options.label, example: options.example ?? 4 })] } },
	};
}

// ------------------------------------------------------------------ lists and their options

/** Return All and Limit of a list Rebillia answers whole (a bare array, no paging). */
export function listFields(): INodeProperties[] {
	return [
		{ ...returnAllField, hint: 'Rebillia answers this list in one request, so Return All costs one request' },
		{ ...limitField, description: 'Max number of results to return (the first ones of the list Rebillia answers)' },
	];
}

/** `include`: relations Rebillia embeds in each record, sent comma-separated. */
export function includeOption(relations: Array<[string, string]>): INodeProperties {
	return {
		displayName: 'Include',
		name: 'include',
		type: 'multiOptions',
		options: relations.map(([name, value]) => ({ name, value })).sort((a, b) => a.name.localeCompare(b.name)),
		default: [],
		description: 'Related records to embed in each result',
		routing: {
			send: {
				type: 'query',
				property: 'include',
				propertyInDotNotation: false,
				value: '={{ Array.isArray($value) ? $value.join(",") : $value }}',
			},
		},
	};
}

/** `orderBy` and `sortBy`, the same on every list that sorts. */
export const sortOptions: INodeProperties[] = [
	queryField({
		displayName: 'Order By',
		name: 'orderBy',
		type: 'string',
		default: 'id',
		placeholder: 'e.g. createdAt',
		description: 'The field of the records to sort by, e.g. createdAt; the default sorts by ID',
	}),
	queryField({
		displayName: 'Sort Direction',
		name: 'sortBy',
		type: 'options',
		options: [
			{ name: 'Ascending', value: 'asc' },
			{ name: 'Descending', value: 'desc' },
		],
		default: 'asc',
		description: 'Whether the results go from the lowest to the highest value of Order By, or the reverse',
	}),
];

/** The Options collection of a read: include, sorting, or whatever else is given. */
export function optionsCollection(options: INodeProperties[]): INodeProperties {
	return { displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options };
}

export function filtersCollection(filters: INodeProperties[]): INodeProperties {
	return { displayName: 'Filters', name: 'filters', type: 'collection', placeholder: 'Add Filter', default: {}, options: filters };
}

/** A text filter or option sent as a query parameter (left blank, not sent). */
export function queryText(displayName: string, name: string, placeholder: string, description: string): INodeProperties {
	return queryField({ displayName, name, type: 'string', default: '', placeholder, description });
}

/** A day sent as `YYYY-MM-DD` in the body or the query, from a date field (in `collection`, if any). */
export function dayField(options: {
	displayName: string;
	name: string;
	description: string;
	send: IdSend;
	required?: boolean;
	collection?: string;
}): INodeProperties {
	const parameterPath = options.collection ? `${options.collection}.${options.name}` : options.name;
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'dateTime',
		default: '',
		...(options.required ? { required: true } : {}),
		description: `${options.description} (${DAY})`,
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
						const day = readDay(this, `"${options.displayName}"`, this.getNodeParameter(parameterPath, ''));
						if (day === undefined) return requestOptions;
						if (options.send.type === 'body') return mergeBody(requestOptions, { [options.send.property]: day });
						requestOptions.qs = { ...requestOptions.qs, [options.send.property]: day };
						return requestOptions;
					},
				],
			},
		},
	};
}

/** Options named from lower-case values ("published" → "Published"), in the order given. */
export const optionsOf = (values: string[]): INodePropertyOptions[] =>
	values.map((value) => ({ name: value.charAt(0).toUpperCase() + value.slice(1).replace(/([A-Z])/g, ' $1'), value }));
