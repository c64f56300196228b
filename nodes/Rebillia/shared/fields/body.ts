import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { deepMerge, jsonBodyField } from '../../../shared/fields';
import { isBlank, readDay, readId, readIdList, readInstant, readWhole, refuse, textList } from './read';
import { CENTS, CENTS_HINT, DAY, DYNAMIC_DESCRIPTION, HUNDREDTHS, HUNDREDTHS_HINT } from './units';

/**
 * Request bodies described as field specs: each spec renders as an n8n property and reads that
 * property's value into the body the way Rebillia takes it (nested lists and objects as fixed
 * collections). Blank values are not sent; bad values are refused naming the field (and the
 * entry of a list) before sending.
 */

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
	/** Shown under the field; amounts and sizes in cents or hundredths get their unit's hint by default. */
	hint?: string;
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

const parameterName = (spec: FieldSpec) => spec.name ?? spec.key;
const entryName = (spec: FieldSpec) =>
	(spec.entry ?? 'entry').replace(/\s+(\w)/g, (_, letter: string) => letter.toUpperCase()).replace(/^\w/, (letter) => letter.toLowerCase());

/** The n8n property a spec renders as (no routing: the builders read it). */
function propertyOf(spec: FieldSpec): INodeProperties {
	const description =
		spec.description ?? (spec.kind === 'cents' ? CENTS : spec.kind === 'hundredths' ? HUNDREDTHS : undefined);
	const hint = spec.hint ?? (spec.kind === 'cents' ? CENTS_HINT : spec.kind === 'hundredths' ? HUNDREDTHS_HINT : undefined);
	const base = {
		displayName: spec.label,
		...(hint ? { hint } : {}),
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
			return {
				...base,
				type: 'options',
				options: spec.options ?? [],
				// An optional dropdown left empty is not sent: without this the editor flags its "" as unsupported.
				...(spec.default === undefined && !spec.required ? { allowArbitraryValues: true } : {}),
				default: (spec.default as string) ?? '',
			};
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

export function mergeBody(requestOptions: IHttpRequestOptions, part: IDataObject): IHttpRequestOptions {
	if (Object.keys(part).length) requestOptions.body = deepMerge((requestOptions.body ?? {}) as IDataObject, part);
	return requestOptions;
}

/** Body properties by spec, so that operations sharing a field share one object (one copy in the description). */
const bodyPropertiesBySpec = new WeakMap<FieldSpec, INodeProperties>();

/** A top-level body field: its property, which writes its value into the body. */
export function bodyProperty(spec: FieldSpec, extra: Partial<INodeProperties> = {}): INodeProperties {
	if (Object.keys(extra).length > 0) return buildBodyProperty(spec, extra);
	let property = bodyPropertiesBySpec.get(spec);
	if (!property) {
		property = buildBodyProperty(spec, extra);
		bodyPropertiesBySpec.set(spec, property);
	}
	return property;
}

function buildBodyProperty(spec: FieldSpec, extra: Partial<INodeProperties>): INodeProperties {
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
