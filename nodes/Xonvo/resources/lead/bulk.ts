import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { parseJsonObject } from '../../../shared/fields';
import { pathSegment } from '../../../shared/paths';
import { accountIdField } from '../../shared/descriptions';
import { checkLead, LEAD_FIELDS, leadTimestamp, PLACE_AND_CONSENT } from '../../shared/leads';
import { rememberSent } from './sent';

/** Most leads in one request; XONVO documents no limit, this keeps one request reasonable. */
export const MAX_BULK_LEADS = 5000;

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

const leadText = (key: string): INodeProperties => {
	const { label, placeholder } = LEAD_FIELDS.find((field) => field.key === key)!;
	return { displayName: label, name: key, type: 'string', default: '', placeholder };
};

/** One lead of a typed list: what XONVO needs on top, the rest under More Fields. */
const typedLead: INodeProperties[] = [
	{ displayName: 'First Name', name: 'firstName', type: 'string', default: '', placeholder: 'e.g. John' },
	{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '', placeholder: 'e.g. Smith' },
	{ displayName: 'Phone', name: 'phone', type: 'string', default: '', placeholder: 'e.g. +13331118888' },
	{
		displayName: 'Acquired At',
		name: 'timestamp',
		type: 'dateTime',
		default: '',
		description: 'When the lead was acquired; empty means now',
	},
	...PLACE_AND_CONSENT.map(leadText),
	{
		displayName: 'More Fields',
		name: 'more',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			...LEAD_FIELDS.filter((field) => !PLACE_AND_CONSENT.includes(field.key)).map((field) => leadText(field.key)),
			{
				displayName: 'Attributes (JSON)',
				name: 'attributes',
				type: 'json',
				default: '{}',
				description: 'Campaign attributes with UPPER_SNAKE names, e.g. {"DISCOUNT_CODE": "TR44"}',
			},
		],
	},
];

function leadsField(action: string): INodeProperties[] {
	return [
		{
			displayName: 'Leads Input',
			name: 'leadsInput',
			type: 'options',
			noDataExpression: true,
			default: 'list',
			options: [
				{ name: 'From a List (Expression)', value: 'list', description: 'A list of lead objects, e.g. from an Aggregate node' },
				{ name: 'Typed Below', value: 'fields', description: 'Enter each lead in the form' },
			],
		},
		{
			displayName: 'Leads',
			name: 'leads',
			type: 'json',
			default: '={{ $json.data }}',
			required: true,
			displayOptions: { show: { leadsInput: ['list'] } },
			description: `The leads to ${action}: a list of objects with firstName, lastName, phone, timestamp and the other lead fields; attributes as an object`,
			hint: 'Put an Aggregate node before this one (All Item Data (Into a Single List)); it puts the leads in {{ $json.data }}',
		},
		{
			displayName: 'Leads',
			name: 'leadList',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Lead',
			default: {},
			displayOptions: { show: { leadsInput: ['fields'] } },
			options: [{ displayName: 'Lead', name: 'lead', values: typedLead }],
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Checks Before Sending',
					name: 'checks',
					type: 'options',
					default: 'all',
					options: [
						{
							name: 'All Lead Rules',
							value: 'all',
							description: 'Names, phone and time, plus State and City or Zip, and a Jornaya or TrustedForm ID, as for a single lead',
						},
						{
							name: 'Required Fields Only',
							value: 'required',
							description: 'Names, phone and time; the address and consent rules are left to XONVO',
						},
					],
					description: 'Which of XONVO’s lead rules to check on every lead before the request goes out',
				},
			],
		},
	];
}

function leadsOf(context: IExecuteSingleFunctions): IDataObject[] {
	if (context.getNodeParameter('leadsInput', 'list') === 'fields') {
		const entries = ((context.getNodeParameter('leadList', {}) as IDataObject).lead ?? []) as IDataObject[];
		return entries.map(({ more, ...entry }, index) => {
			const { attributes: rawAttributes, ...moreFields } = (more ?? {}) as IDataObject;
			const attributes = parseJsonObject(context, `Lead ${index + 1}: Attributes (JSON)`, rawAttributes ?? entry.attributes);
			return { ...entry, ...moreFields, ...(attributes ? { attributes } : { attributes: undefined }) };
		});
	}
	let value = context.getNodeParameter('leads', undefined) as unknown;
	if (typeof value === 'string' && value.trim()) {
		const text = value.trim();
		try {
			value = JSON.parse(text);
		} catch (error) {
			throw notAList(context, `text that is not JSON ("${clip(text)}")`, `The JSON reader says: ${(error as Error).message}.`);
		}
	}
	if (isBlank(value)) throw notAList(context, 'nothing');
	if (typeof value !== 'object') throw notAList(context, `${typeof value === 'number' ? 'a number' : `a ${typeof value}`} (${clip(String(value))})`);
	if (!Array.isArray(value)) {
		const fields = Object.keys(value as IDataObject);
		// One lead object is taken as a list of one; an object without lead fields is a wrapper mapped by mistake.
		if (!fields.some((key) => KNOWN_LEAD_KEYS.has(key))) {
			const listField = fields.find((key) => Array.isArray((value as IDataObject)[key]));
			throw notAList(
				context,
				`an object with no lead fields (fields: ${clip(fields.join(', ')) || 'none'})`,
				listField ? `Its list is in "${listField}": map {{ $json.${listField} }}.` : undefined,
			);
		}
		value = [value];
	}
	const list = value as unknown[];
	const wrong = list.findIndex((lead) => !lead || typeof lead !== 'object' || Array.isArray(lead));
	if (wrong >= 0) {
		const entry = list[wrong];
		const what = Array.isArray(entry) ? 'a list' : entry === null || entry === undefined ? 'nothing' : typeof entry === 'string' ? 'text' : `a ${typeof entry}`;
		throw notAList(context, `a list whose entry ${wrong + 1} of ${list.length} is ${what}, not a lead object`);
	}
	return list as IDataObject[];
}

const KNOWN_LEAD_KEYS = new Set(['firstName', 'lastName', 'phone', 'timestamp', 'attributes', ...LEAD_FIELDS.map((field) => field.key)]);

const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** "Leads" did not hold a list of leads: says what arrived and how to get a list here. */
function notAList(context: IExecuteSingleFunctions, arrived: string, detail?: string): NodeOperationError {
	return new NodeOperationError(context.getNode(), `"Leads" must be a list of lead objects, but got ${arrived}`, {
		itemIndex: context.getItemIndex(),
		description: [
			detail,
			'Put an Aggregate node before this one (Aggregate: All Item Data (Into a Single List)), which puts the leads in {{ $json.data }}, or map a list of leads here. Nothing was sent to XONVO.',
		]
			.filter(Boolean)
			.join(' '),
	});
}

/** A lead as XONVO takes it: blank values left out, the time in XONVO's format. */
function normalise(context: IExecuteSingleFunctions, lead: IDataObject, position: string): IDataObject {
	const result: IDataObject = {};
	for (const [key, value] of Object.entries(lead)) {
		if (isBlank(value) || key === 'timestamp') continue;
		if (key === 'attributes' && value && typeof value === 'object' && !Object.keys(value).length) continue;
		result[key] = typeof value === 'string' ? value.trim() : value;
	}
	const timestamp = leadTimestamp(lead.timestamp, context.getTimezone());
	if (timestamp === undefined) {
		throw new NodeOperationError(context.getNode(), `${position}"Acquired At" is not a date: "${String(lead.timestamp)}"`, {
			itemIndex: context.getItemIndex(),
		});
	}
	return { ...result, timestamp };
}

/**
 * The bulk body `{leadsByAccountId: {"<account>": [leads…]}}` for one input item: every lead is
 * checked (naming its position and field) before anything is sent, and all of them go out in
 * one request.
 */
async function buildBulkBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const accountId = decodeURIComponent(
		pathSegment(this.getNode(), 'Account', this.getNodeParameter('accountId', '', { extractValue: true }), this.getItemIndex()),
	);
	if (!/^\d+$/.test(accountId)) {
		throw new NodeOperationError(this.getNode(), '"Account" must be a numeric account ID', { itemIndex: this.getItemIndex() });
	}
	const leads = leadsOf(this);
	if (!leads.length) throw new NodeOperationError(this.getNode(), '"Leads" is empty', { itemIndex: this.getItemIndex() });
	if (leads.length > MAX_BULK_LEADS) {
		throw new NodeOperationError(this.getNode(), `"Leads" holds ${leads.length} leads; send at most ${MAX_BULK_LEADS} per item`, {
			itemIndex: this.getItemIndex(),
		});
	}
	const checks = (this.getNodeParameter('options.checks', 'all') as string) === 'all';
	const updating = this.getNodeParameter('operation', '') === 'updateMany';
	// Only the form's Acquired At says "empty means now"; a lead of a list without one is a mapping slip.
	const fromList = this.getNodeParameter('leadsInput', 'list') !== 'fields';
	const normalised = leads.map((lead, index) => {
		const position = `Lead ${index + 1} of ${leads.length}: `;
		if (fromList && isBlank(lead.timestamp)) {
			throw new NodeOperationError(this.getNode(), `${position}"timestamp" is required`, {
				itemIndex: this.getItemIndex(),
				description: 'Give every lead the time it was acquired, e.g. timestamp: {{ $now }} in the node that builds the list. Nothing was sent to XONVO.',
			});
		}
		const result = normalise(this, lead, position);
		checkLead(this, result, position, { consentAndPlace: checks });
		if (updating && isBlank(result.externalId)) {
			throw new NodeOperationError(this.getNode(), `${position}"External ID" is required to update a lead`, {
				itemIndex: this.getItemIndex(),
			});
		}
		return result;
	});
	requestOptions.body = { leadsByAccountId: { [accountId]: normalised } };
	rememberSent(this, { accountId: Number(accountId), leadCount: normalised.length });
	return requestOptions;
}

/** What a bulk request outputs, as a sample for the output schema. */
export const bulkSentSample: IDataObject = { accountId: 18, leadCount: 2 };

export function bulkProperties(action: string): INodeProperties[] {
	return [
		{
			...accountIdField,
			description: 'The XONVO account the leads belong to',
			routing: { send: { preSend: [buildBulkBody] } },
		},
		...leadsField(action),
	];
}
