import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { formatInZone, instantOf } from '../../shared/dates';
import { jsonBodyField, limitField, locatorField, returnAllField } from '../../shared/fields';

const DIGITS = /^\d+$/;

export interface IdFieldOptions {
	displayName: string;
	name: string;
	noun: string;
	/** Example id for the placeholder, e.g. 44. */
	example: number;
	/** A list search of the storefront node, when the storefront API lists these records. */
	searchListMethod?: string;
	description?: string;
	required?: boolean;
	/** Also sent, as a number, in the body or the query under this name (path ids are placed by the operation). */
	send?: { type: 'body' | 'query'; property: string };
	/** The collection holding this field, if any. */
	collection?: string;
}

/**
 * A Rebillia id: picked from a list (when the storefront lists them) or typed; digits only, checked
 * again on the value an expression produced, naming the field, before anything is sent.
 */
export function idField(options: IdFieldOptions): INodeProperties {
	const parameterPath = options.collection ? `${options.collection}.${options.name}` : options.name;
	return {
		...locatorField({
			displayName: options.displayName,
			name: options.name,
			noun: options.noun,
			searchListMethod: options.searchListMethod,
			idPlaceholder: `e.g. ${options.example}`,
			idPattern: { regex: '^\\s*\\d+\\s*$', message: `A ${options.noun} ID is a number, e.g. ${options.example}` },
			required: options.required ?? true,
			description: options.description,
		}),
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
						const raw = this.getNodeParameter(parameterPath, '', { extractValue: true });
						const value = String(raw ?? '').trim();
						if (value === '') return requestOptions;
						if (!DIGITS.test(value)) {
							throw new NodeOperationError(this.getNode(), `"${options.displayName}" must be a numeric ${options.noun} ID`, {
								itemIndex: this.getItemIndex(),
								description: `"${value}" is not a Rebillia ID; IDs are whole numbers, e.g. ${options.example}.`,
							});
						}
						if (options.send?.type === 'body') {
							requestOptions.body = { ...(requestOptions.body as IDataObject), [options.send.property]: Number(value) };
						} else if (options.send?.type === 'query') {
							requestOptions.qs = { ...requestOptions.qs, [options.send.property]: Number(value) };
						}
						return requestOptions;
					},
				],
			},
		},
	};
}

/** `include`: relations to embed, as a multi-select sent comma-joined. */
export function includeField(relations: Array<{ name: string; value: string }>): INodeProperties {
	return {
		displayName: 'Include',
		name: 'include',
		type: 'multiOptions',
		options: relations,
		default: [],
		description: 'Related records to embed in each result',
		routing: {
			send: {
				type: 'query',
				property: 'include',
				propertyInDotNotation: false,
				value: '={{ [].concat($value ?? []).join(",") }}',
			},
		},
	};
}

export function extraPropertiesField(collection: string, example: string): INodeProperties {
	return jsonBodyField(
		{
			displayName: 'Extra Properties (JSON)',
			name: 'extraProperties',
			description: `More body properties as a JSON object, merged over the fields above, e.g. ${example}`,
		},
		collection,
	);
}

/** A date sent as `YYYY-MM-DD`: the day of the picked date or expression in the workflow timezone. */
export function dayField(options: { displayName: string; name: string; bodyPath: string; description: string; required?: boolean }): INodeProperties {
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'dateTime',
		default: '',
		required: options.required ?? true,
		description: options.description,
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
						const raw = this.getNodeParameter(options.name, '');
						if (raw === '' || raw === null || raw === undefined) return requestOptions;
						const text = typeof raw === 'string' ? raw.trim() : '';
						const millis = /^\d{4}-\d{2}-\d{2}$/.test(text) ? undefined : instantOf(raw, this.getTimezone());
						if (!/^\d{4}-\d{2}-\d{2}$/.test(text) && millis === undefined) {
							throw new NodeOperationError(this.getNode(), `"${options.displayName}" is not a date: "${String(raw)}"`, {
								itemIndex: this.getItemIndex(),
							});
						}
						const day = millis === undefined ? text : formatInZone(millis, this.getTimezone(), 'yyyy-MM-dd');
						requestOptions.body = { ...(requestOptions.body as IDataObject), [options.bodyPath]: day };
						return requestOptions;
					},
				],
			},
		},
	};
}

/** Return All and Limit of a storefront list: Rebillia answers the whole list in one request. */
export function listFields(): INodeProperties[] {
	return [
		{ ...returnAllField, hint: 'Rebillia answers the whole list in one request; Limit keeps the first results' },
		limitField,
	];
}
