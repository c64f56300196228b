import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { formatInZone, instantOf } from '../../shared/dates';
import { bodyField, jsonBodyField, limitField, locatorField, queryField, returnAllField } from '../../shared/fields';

/**
 * Field builders of the Rebillia catalog and settings nodes: numeric-id locators, list options
 * (include, sorting), dates as Rebillia takes them, and blank-free bodies.
 */

const DIGITS = /^\d+$/;

export function isBlank(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** The object without its blank values (undefined, null, empty text). */
export function compact(object: IDataObject): IDataObject {
	return Object.fromEntries(Object.entries(object).filter(([, value]) => !isBlank(value)));
}

export function refuse(context: IExecuteSingleFunctions, message: string, description?: string): never {
	throw new NodeOperationError(context.getNode(), message, { itemIndex: context.getItemIndex(), description });
}

/** A Rebillia id (an integer) from a field, or a refusal naming the field. */
export function requireRebilliaId(context: IExecuteSingleFunctions, label: string, value: unknown): number {
	const text = isBlank(value) ? '' : String(value).trim();
	if (text === '') refuse(context, `"${label}" is required`);
	if (!DIGITS.test(text)) refuse(context, `"${label}" must be a numeric Rebillia ID`, `"${text}" is not an ID; Rebillia's IDs are whole numbers, e.g. 8.`);
	return Number(text);
}

/**
 * A record picked From List or By ID. Rebillia's ids are integers: the By ID form checks digits
 * in the editor, and a value from an expression is checked before sending. With `bodyKey`, the
 * id also goes into the body as a number.
 */
export function idLocator(options: {
	displayName: string;
	name: string;
	noun: string;
	searchListMethod?: string;
	bodyKey?: string;
	required?: boolean;
	description?: string;
	example?: string;
}): INodeProperties {
	const label = options.displayName;
	return {
		...locatorField({
			displayName: options.displayName,
			name: options.name,
			noun: options.noun,
			searchListMethod: options.searchListMethod,
			idPlaceholder: `e.g. ${options.example ?? '8'}`,
			idPattern: { regex: '^\\s*\\d+\\s*$', message: `A ${options.noun} ID is a number, e.g. ${options.example ?? '8'}` },
			required: options.required,
			description: options.description,
		}),
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
						const value = this.getNodeParameter(options.name, '', { extractValue: true });
						if (isBlank(value) && options.required === false) return requestOptions;
						const id = requireRebilliaId(this, label, value);
						if (options.bodyKey) requestOptions.body = { ...(requestOptions.body as IDataObject), [options.bodyKey]: id };
						return requestOptions;
					},
				],
			},
		},
	};
}

/** Return All and Limit of a Get Many over one of Rebillia's bare lists. */
export function listFields(): INodeProperties[] {
	return [
		{ ...returnAllField, hint: 'Rebillia answers the whole list in one request; Limit keeps the first ones' },
		{ ...limitField, description: 'Max number of results to return (taken from the start of the list Rebillia sends)' },
	];
}

/** `include`: the relations to embed, sent comma-joined. */
export function includeOption(relations: Array<[string, string]>, description = 'Related records to embed in each result'): INodeProperties {
	return {
		displayName: 'Include',
		name: 'include',
		type: 'multiOptions',
		default: [],
		description,
		options: relations.map(([name, value]) => ({ name, value })),
		routing: { send: { type: 'query', property: 'include', value: '={{ ($value || []).join(",") }}' } },
	};
}

export const orderByOption: INodeProperties = queryField({
	displayName: 'Order By',
	name: 'orderBy',
	type: 'string',
	default: 'id',
	placeholder: 'e.g. createdAt',
	description: 'The record field to sort by, e.g. createdAt; the default sorts by ID',
});

export const sortByOption: INodeProperties = queryField({
	displayName: 'Sort Direction',
	name: 'sortBy',
	type: 'options',
	default: 'asc',
	options: [
		{ name: 'Ascending', value: 'asc' },
		{ name: 'Descending', value: 'desc' },
	],
});

/** An optional list option for the query string (left blank, not sent). */
export function queryOption(displayName: string, name: string, placeholder: string, description: string, extra: Partial<INodeProperties> = {}): INodeProperties {
	return queryField({ displayName, name, type: 'string', default: '', placeholder, description, ...extra } as INodeProperties);
}

/** A text body field; left blank, it is not sent. */
export function textField(displayName: string, name: string, placeholder: string, extra: Partial<INodeProperties> = {}, bodyPath = name): INodeProperties {
	return bodyField({ displayName, name, type: 'string', default: '', placeholder, ...extra } as INodeProperties, bodyPath);
}

/** A number body field. */
export function numberField(displayName: string, name: string, description: string, extra: Partial<INodeProperties> = {}, bodyPath = name): INodeProperties {
	return bodyField({ displayName, name, type: 'number', default: 0, description, ...extra } as INodeProperties, bodyPath);
}

/** A date as Rebillia takes it (`YYYY-MM-DD`): date-only text as it is; other dates in the workflow's timezone. */
export function rebilliaDate(context: IExecuteSingleFunctions, label: string, value: unknown, where = ''): string | undefined {
	if (isBlank(value)) return undefined;
	if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return value.trim();
	const millis = instantOf(value, context.getTimezone());
	if (millis === undefined) refuse(context, `${where}"${label}" is not a date: "${String(value)}"`, 'Rebillia takes dates as YYYY-MM-DD, e.g. 2024-01-31.');
	return formatInZone(millis, context.getTimezone(), 'yyyy-MM-dd');
}

/** A date body field (`YYYY-MM-DD`); `collection` names the collection it sits in, if any. */
export function dateField(displayName: string, name: string, description: string, collection?: string): INodeProperties {
	const parameterPath = collection ? `${collection}.${name}` : name;
	return {
		displayName,
		name,
		type: 'dateTime',
		default: '',
		description: `${description}. Sent as YYYY-MM-DD (in the workflow's timezone).`,
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
						const date = rebilliaDate(this, displayName, this.getNodeParameter(parameterPath, ''));
						if (date !== undefined) requestOptions.body = { ...(requestOptions.body as IDataObject), [name]: date };
						return requestOptions;
					},
				],
			},
		},
	};
}

/** Extra Properties (JSON), merged deeply over the typed fields. */
export function extraPropertiesField(collection: string | undefined, example: string): INodeProperties {
	return jsonBodyField(
		{
			displayName: 'Extra Properties (JSON)',
			name: 'extraProperties',
			description: `More body properties as a JSON object, merged over the fields above, e.g. ${example}`,
		},
		collection,
	);
}

/** A whole number of cents, or a refusal naming the field. */
export function requireCents(context: IExecuteSingleFunctions, label: string, value: unknown, where = ''): number {
	if (isBlank(value)) refuse(context, `${where}"${label}" is required`);
	const amount = typeof value === 'string' ? Number(value) : value;
	if (typeof amount !== 'number' || !Number.isInteger(amount)) {
		refuse(context, `${where}"${label}" must be a whole number of cents`, `"${String(value)}" is not; e.g. 1250 for 12.50.`);
	}
	return amount;
}

/** Comma-separated numbers (e.g. "2, 3") as a list, or a refusal naming the field. */
export function numberList(context: IExecuteSingleFunctions, label: string, value: unknown): number[] {
	const parts = Array.isArray(value) ? value.map(String) : String(value ?? '').split(',');
	const texts = parts.map((part) => part.trim()).filter((part) => part !== '');
	for (const text of texts) if (!DIGITS.test(text)) refuse(context, `"${label}" must be numbers separated by commas`, `"${text}" is not a number.`);
	return texts.map(Number);
}

/** Comma-separated text (e.g. "Yes, No") as a list. */
export function textList(value: unknown): string[] {
	if (Array.isArray(value)) return value.map((part) => String(part).trim()).filter((part) => part !== '');
	return String(value ?? '')
		.split(',')
		.map((part) => part.trim())
		.filter((part) => part !== '');
}
