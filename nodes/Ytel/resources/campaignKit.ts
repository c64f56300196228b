import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { deepMerge, jsonBodyField, limitField, locatorField, returnAllField, UNLESS_BLANK } from '../../shared/fields';

/**
 * Fields of the Ytel Campaigns node: pickers of campaigns and runners, body fields that are not
 * sent when left empty, Extra Properties (JSON) merged last, and the runner's contacts (IDs xor
 * statements). Property objects are made once, so operations sharing a field share one property.
 */

export const campaignLocator = locatorField({
	displayName: 'Campaign',
	name: 'campaignId',
	noun: 'campaign',
	searchListMethod: 'searchCampaigns',
	idPlaceholder: 'e.g. 7a3b25c0-2e1f-11eb-9f0a-8bd8e0a0c1f5',
	description: 'The campaign (its workflow, runners and schedules belong to it)',
});

export const runnerLocator = locatorField({
	displayName: 'Runner',
	name: 'batchId',
	noun: 'runner',
	searchListMethod: 'searchRunners',
	idPlaceholder: 'e.g. 5f0b3c90-3a5d-11e9-8399-fb8e8d19e153',
	description: 'The runner of the campaign that sends its workflow to a group of contacts',
});

export function refuse(context: IExecuteSingleFunctions, message: string, description?: string): never {
	throw new NodeOperationError(context.getNode(), message, { itemIndex: context.getItemIndex(), ...(description ? { description } : {}) });
}

function merge(requestOptions: IHttpRequestOptions, part: IDataObject): IHttpRequestOptions {
	if (Object.keys(part).length) requestOptions.body = deepMerge((requestOptions.body ?? {}) as IDataObject, part);
	return requestOptions;
}

/** `a.b` → `{a: {b: value}}`. */
function nested(path: string, value: unknown): IDataObject {
	return path
		.split('.')
		.reverse()
		.reduce<unknown>((inner, key) => ({ [key]: inner }), value) as IDataObject;
}

/** A field written into the body by its own step: `read` gives the value to send, undefined for nothing. */
export function computedBodyField(
	property: INodeProperties,
	bodyPath: string,
	read: (this: IExecuteSingleFunctions, value: unknown, label: string) => unknown,
	collection?: string,
): INodeProperties {
	const parameterPath = collection ? `${collection}.${property.name}` : property.name;
	return {
		...property,
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
						const value = read.call(this, this.getNodeParameter(parameterPath, undefined), property.displayName);
						return value === undefined ? requestOptions : merge(requestOptions, nested(bodyPath, value));
					},
				],
			},
		},
	};
}

/** A plain body field; optional text left blank is not sent. */
export function sendAs(property: INodeProperties, bodyPath = property.name): INodeProperties {
	const blankable = property.type === 'string' && !property.required;
	return { ...property, routing: { send: { type: 'body', property: bodyPath, ...(blankable ? { value: UNLESS_BLANK } : {}) } } };
}

/** Comma-separated text as a list, blanks dropped; empty: not sent. */
export function readTextList(value: unknown): string[] | undefined {
	const list = (Array.isArray(value) ? value : String(value ?? '').split(','))
		.map((entry) => String(entry).trim())
		.filter(Boolean);
	return list.length ? list : undefined;
}

/** Extra Properties (JSON) of a collection, merged deeply over everything else. */
export function extraProperties(collection: string, example: string): INodeProperties {
	return jsonBodyField(
		{
			displayName: 'Extra Properties (JSON)',
			name: 'extraProperties',
			description: `More body properties as a JSON object, merged over the fields above, e.g. ${example}`,
		},
		collection,
	);
}

// ------------------------------------------------------------ a runner's contacts

export const CONTACT_IDS_LABEL = 'Contact IDs';
export const STATEMENTS_LABEL = 'Statements';

const contactIdsProperty: INodeProperties = {
	displayName: CONTACT_IDS_LABEL,
	name: 'contactIds',
	type: 'string',
	default: '',
	placeholder: 'e.g. da54d682-4d48-4f13-a4ee-07c850c05bb8, 8f8dad90-2dcb-11eb-8aec-370be68b78ad',
	description: `The contacts the runner sends to, by ID, separated by commas (fill this or ${STATEMENTS_LABEL}, not both)`,
};

/** Contact IDs of a runner (top level) or of the runner a schedule makes (`createBatchRequest`). */
export const runnerContactIds = computedBodyField(contactIdsProperty, 'contactIds', (value) => readTextList(value));
export const scheduleContactIds = computedBodyField(
	{ ...contactIdsProperty, name: 'runnerContactIds', description: 'The contacts each run sends to, by ID, separated by commas' },
	'createBatchRequest.contactIds',
	(value) => readTextList(value),
);

/** Search statements on the contacts' data, as Search Contacts takes them. */
export const runnerStatements = computedBodyField(
	{
		displayName: STATEMENTS_LABEL,
		name: 'statements',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Statement',
		default: {},
		description: `The contacts the runner sends to, found by their data (fill this or ${CONTACT_IDS_LABEL}, not both)`,
		options: [
			{
				displayName: 'Statement',
				name: 'statement',
				values: [
					{ displayName: 'Variable', name: 'variable', type: 'string', default: '', placeholder: 'e.g. firstname', description: 'A key of the contact data' },
					{
						displayName: 'Operator',
						name: 'operator',
						type: 'options',
						default: 'equals',
						options: [
							{ name: 'Contains', value: 'contains' },
							{ name: 'Equals', value: 'equals' },
						],
					},
					{ displayName: 'Value', name: 'value', type: 'string', default: '', placeholder: 'e.g. Roy' },
				],
			},
		],
	},
	'statements',
	function (value) {
		const entries = ((value as IDataObject | undefined)?.statement ?? []) as IDataObject[];
		const statements = entries
			.filter((entry) => String(entry.variable ?? '').trim() !== '')
			.map((entry) => ({ variable: String(entry.variable).trim(), operation: entry.operator, value: entry.value ?? '' }));
		return statements.length ? statements : undefined;
	},
);

/**
 * A runner's contacts are its Contact IDs or its Statements: never both (Ytel takes one), and on
 * Create one of them. Checked on the finished body, so Extra Properties count too.
 */
export function contactsOneOf(required: boolean) {
	return function (this: IExecuteSingleFunctions, request: { body?: unknown }): void {
		const body = (request.body ?? {}) as IDataObject;
		const hasIds = Array.isArray(body.contactIds) ? body.contactIds.length > 0 : body.contactIds !== undefined;
		const hasStatements = Array.isArray(body.statements) ? body.statements.length > 0 : body.statements !== undefined;
		if (hasIds && hasStatements) {
			refuse(this, `Fill either "${CONTACT_IDS_LABEL}" or "${STATEMENTS_LABEL}", not both`, 'A runner sends to the contacts listed by ID or to those its statements find. Nothing was sent to Ytel.');
		}
		if (required && !hasIds && !hasStatements) {
			refuse(this, `Fill "${CONTACT_IDS_LABEL}" or "${STATEMENTS_LABEL}"`, 'A runner needs the contacts it sends to: their IDs, or statements that find them. Nothing was sent to Ytel.');
		}
	};
}

// ------------------------------------------------------------ lists

const listReturnAll: INodeProperties = { ...returnAllField, hint: 'Ytel answers this list in one request, so Return All costs one request' };
const listLimit: INodeProperties = { ...limitField, description: 'Max number of results to return (the first ones of the list Ytel answers)' };

/** Return All and Limit of a list Ytel answers whole (no paging parameters). */
export const wholeListFields = (): INodeProperties[] => [listReturnAll, listLimit];
