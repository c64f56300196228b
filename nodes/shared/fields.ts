import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

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

function parseJsonParameter(
	context: IExecuteSingleFunctions,
	label: string,
	value: unknown,
): unknown {
	if (typeof value !== 'string') return value;
	if (value.trim() === '') return undefined;
	try {
		return JSON.parse(value);
	} catch (error) {
		throw new NodeOperationError(context.getNode(), `"${label}" is not valid JSON`, {
			itemIndex: context.getItemIndex(),
			description: (error as Error).message,
		});
	}
}

/**
 * A JSON field whose object is merged into the request body (top level), after the typed fields,
 * so it can carry properties the typed fields do not cover. Invalid JSON is rejected by name.
 * `collection` names the collection parameter the field sits in, if any.
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
					async function (
						this: IExecuteSingleFunctions,
						requestOptions: IHttpRequestOptions,
					): Promise<IHttpRequestOptions> {
						const raw = this.getNodeParameter(parameterPath, null);
						const parsed = parseJsonParameter(this, label, raw);
						if (parsed === undefined || parsed === null) return requestOptions;
						if (typeof parsed !== 'object' || Array.isArray(parsed)) {
							throw new NodeOperationError(this.getNode(), `"${label}" must be a JSON object`, {
								itemIndex: this.getItemIndex(),
							});
						}
						requestOptions.body = { ...(requestOptions.body as IDataObject), ...(parsed as IDataObject) };
						return requestOptions;
					},
				],
			},
		},
	};
}

/**
 * Name/value pairs written as top-level body properties: how vendors take custom fields.
 * Names are used literally (no dot paths).
 */
export function customPropertiesField(description: string): INodeProperties {
	return {
		displayName: 'Custom Properties',
		name: 'customProperties',
		type: 'fixedCollection',
		placeholder: 'Add Custom Property',
		typeOptions: { multipleValues: true },
		default: {},
		description,
		options: [
			{
				displayName: 'Property',
				name: 'property',
				values: [
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
						placeholder: 'e.g. MyCustomField',
						description: 'System name of the custom property',
						routing: {
							send: {
								type: 'body',
								property: '={{ $value }}',
								propertyInDotNotation: false,
								value: '={{ $parent.value }}',
							},
						},
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
					},
				],
			},
		],
	};
}
