import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { instantOf } from '../../shared/dates';
import { deepMerge, jsonBodyField, locatorField, readDate } from '../../shared/fields';
import { e164 } from '../shared/phone';

/**
 * Fields of the Ytel Numbers node described once and read the way Ytel takes them: phone numbers
 * in E.164 (checked before sending, by field name), UTC days as `YYYY-MM-DD`, instants as epoch
 * milliseconds. A field left blank, or added and left blank, is not sent.
 */
type Kind = 'text' | 'phone' | 'phones' | 'method' | 'number' | 'options' | 'day' | 'epochMs' | 'list';

export interface YtelField {
	/** Body or query key. */
	key: string;
	/** Parameter name, when it differs from the key. */
	name?: string;
	label: string;
	kind: Kind;
	placeholder?: string;
	description?: string;
	hint?: string;
	options?: INodePropertyOptions[];
	/** `options`: a dropdown from this load-options method. */
	loadOptions?: string;
	required?: boolean;
	default?: string | number;
}

export const PHONE_EXAMPLE = '+14155550123';
const PHONE_HINT = 'In E.164 format: + and the country code, e.g. +14155550123';

const nameOf = (field: YtelField) => field.name ?? field.key;

function isBlank(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function refuse(context: IExecuteSingleFunctions, message: string, description?: string): never {
	throw new NodeOperationError(context.getNode(), message, { itemIndex: context.getItemIndex(), ...(description ? { description } : {}) });
}

/** The n8n property a field renders as (the writers below add its routing). */
function propertyOf(field: YtelField): INodeProperties {
	const base = {
		displayName: field.label,
		name: nameOf(field),
		...(field.placeholder ? { placeholder: field.placeholder } : {}),
		...(field.description ? { description: field.description } : {}),
		...(field.hint ? { hint: field.hint } : {}),
	};
	switch (field.kind) {
		case 'phone':
			return { ...base, type: 'string', default: '', placeholder: field.placeholder ?? `e.g. ${PHONE_EXAMPLE}`, hint: field.hint ?? PHONE_HINT };
		case 'phones':
			return {
				...base,
				type: 'string',
				default: '',
				placeholder: field.placeholder ?? 'e.g. +14155550123, +14155550124',
				hint: field.hint ?? 'Comma-separated, each in E.164 format (+ and the country code)',
			};
		case 'method':
			return {
				...base,
				type: 'options',
				options: [
					{ name: 'GET', value: 'GET' },
					{ name: 'POST', value: 'POST' },
				],
				default: 'POST',
			};
		case 'number':
			return { ...base, type: 'number', default: (field.default as number) ?? 0 };
		case 'options':
			if (field.loadOptions) {
				return {
					...base,
					displayName: `${field.label} Name or ID`,
					type: 'options',
					typeOptions: { loadOptionsMethod: field.loadOptions },
					default: '',
					description: `${field.description ? `${field.description}. ` : ''}Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
				};
			}
			return { ...base, type: 'options', options: field.options ?? [], default: (field.default as string) ?? field.options?.[0]?.value ?? '' };
		case 'day':
		case 'epochMs':
			return { ...base, type: 'dateTime', default: '' };
		default:
			return { ...base, type: 'string', default: (field.default as string) ?? '' };
	}
}

/** The numbers of a comma-separated (or one per line) list, each checked. */
export function phoneList(context: IExecuteSingleFunctions, label: string, raw: unknown): string[] {
	const entries = Array.isArray(raw) ? raw.map(String) : String(raw ?? '').split(/[,;\n]/);
	return entries
		.map((entry) => entry.trim())
		.filter(Boolean)
		.map((entry, index, all) => {
			if (all.length === 1) return e164(context, label, entry);
			try {
				return e164(context, label, entry);
			} catch (error) {
				// The entry named, so a long list's bad number is found.
				throw new NodeOperationError(context.getNode(), `"${label}" entry ${index + 1} ("${entry}") must be a phone number in E.164 format, e.g. ${PHONE_EXAMPLE}`, {
					itemIndex: context.getItemIndex(),
					description: (error as NodeOperationError).description ?? undefined,
				});
			}
		});
}

/** A field's value as Ytel takes it; undefined: not sent. */
function readValue(context: IExecuteSingleFunctions, field: YtelField, raw: unknown): unknown {
	const label = field.label;
	let value: unknown;
	if (!isBlank(raw)) {
		switch (field.kind) {
			case 'phone':
				value = e164(context, label, raw);
				break;
			case 'phones':
				value = phoneList(context, label, raw);
				if (!(value as string[]).length) value = undefined;
				break;
			case 'list':
				value = String(raw)
					.split(',')
					.map((entry) => entry.trim())
					.filter(Boolean);
				if (!(value as string[]).length) value = undefined;
				break;
			case 'day':
				value = readDate(context, label, raw, 'yyyy-MM-dd', 'UTC');
				break;
			case 'epochMs': {
				const millis = instantOf(raw, context.getTimezone());
				if (millis === undefined) refuse(context, `"${label}" is not a date: "${String(raw)}"`, 'Enter a date and time such as 2024-05-01T09:00:00Z, or pick one.');
				value = millis;
				break;
			}
			case 'number':
				value = Number(raw);
				if (!Number.isFinite(value)) refuse(context, `"${label}" is not a number: "${String(raw)}"`);
				break;
			default:
				value = typeof raw === 'string' ? raw.trim() : raw;
		}
	}
	if (value === undefined && field.required) refuse(context, `"${label}" is required`, `Enter a value for "${label}".`);
	return value;
}

function readFields(context: IExecuteSingleFunctions, fields: YtelField[], values: IDataObject): IDataObject {
	const result: IDataObject = {};
	for (const field of fields) {
		if (!(nameOf(field) in values) && !field.required) continue;
		const value = readValue(context, field, values[nameOf(field)]);
		if (value !== undefined) result[field.key] = value as IDataObject;
	}
	return result;
}

const inQuery = (part: IDataObject): IDataObject =>
	Object.fromEntries(Object.entries(part).map(([key, value]) => [key, Array.isArray(value) ? value.join(',') : value]));

function write(requestOptions: IHttpRequestOptions, target: 'body' | 'query', part: IDataObject): IHttpRequestOptions {
	if (!Object.keys(part).length) return requestOptions;
	if (target === 'body') requestOptions.body = deepMerge((requestOptions.body ?? {}) as IDataObject, part);
	else requestOptions.qs = { ...(requestOptions.qs ?? {}), ...inQuery(part) };
	return requestOptions;
}

/** One property per field and target, so operations sharing a field share one property (one copy in the description). */
const cache = new Map<string, WeakMap<YtelField, INodeProperties>>();

/** A top-level field written to the body or the query. */
export function topField(field: YtelField, target: 'body' | 'query'): INodeProperties {
	const byField = cache.get(target) ?? new WeakMap<YtelField, INodeProperties>();
	cache.set(target, byField);
	const cached = byField.get(field);
	if (cached) return cached;
	const property: INodeProperties = {
		...propertyOf(field),
		...(field.required ? { required: true } : {}),
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
						const raw = this.getNodeParameter(nameOf(field), undefined);
						return write(requestOptions, target, readFields(this, [field], { [nameOf(field)]: raw as IDataObject }));
					},
				],
			},
		},
	};
	byField.set(field, property);
	return property;
}

export const bodyTop = (field: YtelField) => topField(field, 'body');
export const queryTop = (field: YtelField) => topField(field, 'query');

/**
 * A collection of optional fields ("Additional Fields", "Update Fields", "Options"). In the body it
 * ends with Extra Properties (JSON), merged deeply over the fields above.
 */
export function fieldCollection(options: {
	displayName: string;
	name: string;
	fields: YtelField[];
	target: 'body' | 'query';
	extraExample?: string;
	placeholder?: string;
}): INodeProperties {
	const extra =
		options.target === 'body'
			? [
					jsonBodyField(
						{
							displayName: 'Extra Properties (JSON)',
							name: 'extraProperties',
							description: `More body properties as a JSON object, merged over the fields above${options.extraExample ? `, e.g. ${options.extraExample}` : ''}`,
						},
						options.name,
					),
				]
			: [];
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'collection',
		placeholder: options.placeholder ?? (options.target === 'body' ? 'Add Field' : 'Add Option'),
		default: {},
		options: [...options.fields.map(propertyOf), ...extra],
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
						const values = (this.getNodeParameter(options.name, {}) ?? {}) as IDataObject;
						return write(requestOptions, options.target, readFields(this, options.fields, values));
					},
				],
			},
		},
	};
}

/** Body operations without optional typed fields still take Extra Properties (JSON). */
export const extraOnly = (example: string) =>
	fieldCollection({ displayName: 'Additional Fields', name: 'additionalFields', fields: [], target: 'body', extraExample: example });

/** Spaces, dashes, dots and brackets are allowed as typed: the node drops them before the exact check. */
const E164_PATTERN = { regex: '\\s*\\+[1-9][0-9\\s().-]{1,24}', message: 'Enter a number in E.164 format, e.g. +14155550123' };

/** The account's number to work on: from a list, or typed in E.164. */
export const numberLocator = locatorField({
	displayName: 'Number',
	name: 'phoneNumber',
	noun: 'number',
	searchListMethod: 'searchNumbers',
	idPlaceholder: `e.g. ${PHONE_EXAMPLE}`,
	idPattern: E164_PATTERN,
	description: 'A phone number of the account, in E.164 format',
});

/** A number set: from a list, or by its ID. */
export const numberSetLocator = locatorField({
	displayName: 'Number Set',
	name: 'numberSetId',
	noun: 'number set',
	searchListMethod: 'searchNumberSets',
	idPlaceholder: 'e.g. b33f7d40-79b7-11ea-af46-7330668f35a8',
});

/** A locator's value written into the body under `key` (after the path's own checks). */
export function locatorInBody(locator: INodeProperties, key: string, read: (context: IExecuteSingleFunctions, value: unknown) => unknown): INodeProperties {
	return {
		...locator,
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
						const value = this.getNodeParameter(locator.name, '', { extractValue: true });
						if (isBlank(value)) refuse(this, `"${locator.displayName}" is required`, `Enter a value for "${locator.displayName}".`);
						return write(requestOptions, 'body', { [key]: read(this, value) as IDataObject });
					},
				],
			},
		},
	};
}

/** The E.164 form of a path parameter (`+` is then encoded by the path filler). */
export function phonePathValue(this: IExecuteSingleFunctions, value: unknown, label: string): string {
	return e164(this, label, value);
}

/** A comma-separated list of E.164 numbers as one path segment. */
export function phonesPathValue(this: IExecuteSingleFunctions, value: unknown, label: string): string {
	const numbers = phoneList(this, label, value);
	if (!numbers.length) refuse(this, `"${label}" is required`, `Enter at least one number for "${label}".`);
	return numbers.join(',');
}

/** Callback URL and method pairs shared by numbers and number sets. */
export const callbackFields = (withSmsMethod = true): YtelField[] => [
	{ key: 'voiceUrl', label: 'Voice URL', kind: 'text', placeholder: 'e.g. https://example.com/voice', description: 'Where Ytel asks for the InboundXML of an incoming call' },
	{ key: 'voiceMethod', label: 'Voice Method', kind: 'method' },
	{ key: 'voiceFallbackUrl', label: 'Voice Fallback URL', kind: 'text', placeholder: 'e.g. https://example.com/voice-fallback', description: 'Used when the voice URL fails' },
	{ key: 'voiceFallbackMethod', label: 'Voice Fallback Method', kind: 'method' },
	{ key: 'smsUrl', label: 'SMS URL', kind: 'text', placeholder: 'e.g. https://example.com/sms', description: 'Where Ytel sends incoming messages' },
	...(withSmsMethod ? [{ key: 'smsMethod', label: 'SMS Method', kind: 'method' } as YtelField] : []),
	{ key: 'smsFallbackUrl', label: 'SMS Fallback URL', kind: 'text', placeholder: 'e.g. https://example.com/sms-fallback', description: 'Used when the SMS URL fails' },
	{ key: 'smsFallbackMethod', label: 'SMS Fallback Method', kind: 'method' },
	{ key: 'heartbeatUrl', label: 'Heartbeat URL', kind: 'text', placeholder: 'e.g. https://example.com/heartbeat', description: 'Called every minute during a call' },
	{ key: 'heartbeatMethod', label: 'Heartbeat Method', kind: 'method' },
	{ key: 'hangupCallbackUrl', label: 'Hangup Callback URL', kind: 'text', placeholder: 'e.g. https://example.com/hangup', description: 'Called when a call ends' },
	{ key: 'hangupCallbackMethod', label: 'Hangup Callback Method', kind: 'method' },
];
