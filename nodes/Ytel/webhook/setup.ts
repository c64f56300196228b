import type { IDataObject, IHookFunctions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError, randomString } from 'n8n-workflow';
import { fillPath } from '../../shared/paths';
import { vendorRequest } from '../../shared/request';
import { get as getNumber, update as updateNumber } from '../resources/number';
import { ytel, ytelRecords } from '../shared/api';
import { e164 } from '../shared/phone';
import { CALLBACK_FIELDS, EDITABLE_NUMBER_FIELDS, isNumberEvent, NUMBER_URL_FIELDS, type NumberEvent, type WebhookEvent } from './events';

/** The webhook's path: the shared secret is its one segment, so a caller without it reaches nothing. */
export const SECRET_PARAMETER = 'secret';
/** Number sets the trigger looks through for the chosen number before it edits it. */
const NUMBER_SET_CHECK_LIMIT = 100;
/** How the callback configurations this trigger makes are named in Ytel (then the workflow's name). */
const CONFIGURATION_PREFIX = 'n8n';

/** What the trigger keeps in the node's static data between activation, calls and deactivation. */
export interface HookState extends IDataObject {
	/** The shared secret in the webhook's path; made once, kept. */
	secret?: string;
	/** The number the trigger pointed at n8n, the event, and what the number held before. */
	number?: string;
	event?: string;
	previousUrl?: string;
	previousMethod?: string;
	/** The URL the trigger wrote (to recognise its own configuration). */
	webhookUrl?: string;
	/** The callback configuration the trigger made. */
	configurationId?: string;
}

export const stateOf = (context: { getWorkflowStaticData(type: string): IDataObject }): HookState =>
	context.getWorkflowStaticData('node') as HookState;

/** The secret, made on first use. */
export function secretOf(state: HookState): string {
	if (!state.secret) state.secret = randomString(40);
	return state.secret;
}

/** n8n's URL for this trigger with the secret in it. */
export function webhookUrlOf(context: IHookFunctions): string {
	const template = context.getNodeWebhookUrl('default');
	if (!template) throw new NodeOperationError(context.getNode(), 'n8n gave this trigger no webhook URL');
	return template.replace(`:${SECRET_PARAMETER}`, secretOf(stateOf(context)));
}

const eventOf = (context: IHookFunctions) => context.getNodeParameter('event') as WebhookEvent;
const optionsOf = (context: IHookFunctions) => (context.getNodeParameter('options', {}) ?? {}) as IDataObject;

/** Ytel's "not found" (HTTP 200 with `status:false`, code 404, or a 404). */
function isNotFound(error: unknown): boolean {
	if (!(error instanceof NodeApiError)) return false;
	return String(error.httpCode) === '404' || /code 404\b/.test(error.message);
}

/**
 * A request whose "not found" is an answer (the record is gone), not a failure: `{found: false}`.
 * Other failures go on as they came (already NodeApiErrors with Ytel's words).
 */
async function unlessNotFound<T>(work: () => Promise<T>): Promise<{ found: true; value: T } | { found: false }> {
	let failure: unknown;
	try {
		return { found: true, value: await work() };
	} catch (error) {
		failure = error;
	}
	if (isNotFound(failure)) return { found: false };
	throw failure;
}

// ---- Numbers: Get Number and Edit Number, the requests of the Ytel Numbers node

function chosenNumber(context: IHookFunctions): string {
	return e164(context, 'Number', context.getNodeParameter('phoneNumber', '', { extractValue: true }));
}

/** The path of the Ytel Numbers node's Get/Update (one fixed template each). */
const numberPath = (context: IHookFunctions, template: unknown, phoneNumber: string) =>
	fillPath(context.getNode(), String(template), () => ({ value: phoneNumber, label: 'Number' }));

async function readNumber(context: IHookFunctions, phoneNumber: string): Promise<IDataObject> {
	const body = await vendorRequest.call(context, ytel, { method: getNumber.spec.method, path: numberPath(context, getNumber.spec.path, phoneNumber) });
	const [record] = ytelRecords(body) ?? [];
	if (!record) throw new NodeOperationError(context.getNode(), `Ytel did not return the number ${phoneNumber}`);
	return record;
}

/** Edit Number with every editable field as read, and `changes` over them. */
async function editNumber(context: IHookFunctions, record: IDataObject, phoneNumber: string, changes: IDataObject): Promise<void> {
	const body: IDataObject = {};
	for (const field of EDITABLE_NUMBER_FIELDS) if (record[field] !== undefined && record[field] !== null) body[field] = record[field];
	await vendorRequest.call(context, ytel, {
		method: updateNumber.spec.method,
		path: numberPath(context, updateNumber.spec.path, phoneNumber),
		body: { ...body, ...changes },
	});
}

/** The number set holding `phoneNumber`, if any (a set's settings override its numbers'). */
async function numberSetOf(context: IHookFunctions, phoneNumber: string): Promise<IDataObject | undefined> {
	const sets = ytelRecords(await vendorRequest.call(context, ytel, { method: 'GET', path: '/v4/numberset' })) ?? [];
	for (const set of sets.slice(0, NUMBER_SET_CHECK_LIMIT)) {
		let numbers = set.phoneNumbers as string[] | undefined;
		// A set in the list has no numbers: read it.
		if (!Array.isArray(numbers)) {
			const path = `/v4/numberset/${encodeURIComponent(String(set.numberSetId))}`;
			numbers = ((ytelRecords(await vendorRequest.call(context, ytel, { method: 'GET', path })) ?? [])[0]?.phoneNumbers as string[] | undefined) ?? [];
		}
		if (numbers.includes(phoneNumber)) return set;
	}
	if (sets.length > NUMBER_SET_CHECK_LIMIT) {
		context.logger.warn(`${context.getNode().name}: the account has more than ${NUMBER_SET_CHECK_LIMIT} number sets; only the first ${NUMBER_SET_CHECK_LIMIT} were checked for ${phoneNumber}`);
	}
	return undefined;
}

async function numberExists(context: IHookFunctions, event: NumberEvent): Promise<boolean> {
	const state = stateOf(context);
	const phoneNumber = chosenNumber(context);
	if (state.number !== phoneNumber || state.event !== event) return false;
	const record = await readNumber(context, phoneNumber);
	return record[NUMBER_URL_FIELDS[event].url] === webhookUrlOf(context);
}

async function pointNumber(context: IHookFunctions, event: NumberEvent): Promise<boolean> {
	const state = stateOf(context);
	const { url, method, what } = NUMBER_URL_FIELDS[event];
	const phoneNumber = chosenNumber(context);
	const ours = webhookUrlOf(context);
	const options = optionsOf(context);
	const record = await readNumber(context, phoneNumber);
	const current = String(record[url] ?? '').trim();
	const mine = current === ours || (state.webhookUrl !== undefined && current === state.webhookUrl);
	if (current && !mine && options.replaceExistingUrl !== true) {
		throw new NodeOperationError(context.getNode(), `The number ${phoneNumber} already sends ${what} to ${current}`, {
			description:
				'To point it at this workflow instead, turn on "Replace the Existing URL" in the Options: the trigger then puts that URL back when the workflow is deactivated.',
		});
	}
	if (options.allowNumberSet !== true) {
		const set = await numberSetOf(context, phoneNumber);
		if (set) {
			throw new NodeOperationError(context.getNode(), `The number ${phoneNumber} belongs to the number set "${String(set.name ?? set.numberSetId)}"`, {
				description:
					'A number set’s settings override its numbers’: when the set is edited, the number stops calling n8n. Take the number out of the set, or turn on "Accept a Number in a Number Set" in the Options to go ahead anyway.',
			});
		}
	}
	// Kept before the edit, so a failure after it still knows what to put back.
	if (!mine) {
		state.previousUrl = current;
		state.previousMethod = record[method] === undefined ? undefined : String(record[method]);
	}
	state.number = phoneNumber;
	state.event = event;
	state.webhookUrl = ours;
	await editNumber(context, record, phoneNumber, { [url]: ours, [method]: 'POST' });
	return true;
}

async function restoreNumber(context: IHookFunctions): Promise<boolean> {
	const state = stateOf(context);
	const phoneNumber = state.number;
	const event = state.event as NumberEvent | undefined;
	if (!phoneNumber || !event || !isNumberEvent(event)) return true;
	const { url, method } = NUMBER_URL_FIELDS[event];
	// A number no longer in the account has nothing to put back.
	const read = await unlessNotFound(async () => await readNumber(context, phoneNumber));
	if (read.found && read.value[url] === state.webhookUrl) {
		await editNumber(context, read.value, phoneNumber, {
			[url]: state.previousUrl ?? '',
			...(state.previousMethod ? { [method]: state.previousMethod } : {}),
		});
	} else if (read.found) {
		// Someone pointed the number elsewhere meanwhile: that choice stays.
		context.logger.info(`${context.getNode().name}: ${phoneNumber} no longer calls this workflow; its URL was left as it is`);
	}
	delete state.number;
	delete state.event;
	delete state.previousUrl;
	delete state.previousMethod;
	delete state.webhookUrl;
	return true;
}

// ---- Campaign workflow callback: a callback configuration of the trigger's own

/** The JSON body Ytel fills for each contact: the fields the user picked, as placeholders. */
export function bodyTemplateOf(context: IHookFunctions): string {
	const picked = (context.getNodeParameter('callbackFields', []) as string[]) ?? [];
	const other = String(context.getNodeParameter('otherCallbackFields', '') ?? '')
		.split(',')
		.map((name) => name.trim())
		.filter(Boolean);
	const template: Record<string, string> = {};
	for (const field of CALLBACK_FIELDS) if (picked.includes(field.value)) template[field.key] = `%${field.value}%`;
	for (const name of other) {
		if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) {
			throw new NodeOperationError(context.getNode(), `"Other Contact Fields": "${name}" is not a field name`, {
				description: 'Use the names of the contact’s data fields or campaign variables, letters, digits and underscores, separated by commas, e.g. zip1, city1.',
			});
		}
		template[name] = `%${name.toUpperCase()}%`;
	}
	if (!Object.keys(template).length) {
		throw new NodeOperationError(context.getNode(), 'Pick at least one contact field for the callback', {
			description: 'Ytel sends the fields picked in "Contact Fields" (and "Other Contact Fields") for each contact the campaign step reaches.',
		});
	}
	return JSON.stringify(template);
}

const configurationPath = (id: string) => `/v4/callback/configuration/${encodeURIComponent(id)}`;

async function callbackExists(context: IHookFunctions): Promise<boolean> {
	const state = stateOf(context);
	if (!state.configurationId) return false;
	const path = configurationPath(state.configurationId);
	const read = await unlessNotFound(async () => await vendorRequest.call(context, ytel, { method: 'GET', path }));
	if (!read.found) {
		delete state.configurationId;
		return false;
	}
	const [record] = ytelRecords(read.value) ?? [];
	return record?.url === webhookUrlOf(context);
}

async function createCallback(context: IHookFunctions): Promise<boolean> {
	const state = stateOf(context);
	const bodyTemplate = bodyTemplateOf(context);
	const named = String(context.getNodeParameter('configurationName', '') ?? '').trim();
	const workflow = context.getWorkflow().name ?? context.getWorkflow().id ?? '';
	const ours = webhookUrlOf(context);
	// A configuration of an earlier activation whose URL no longer fits (a new n8n address): replaced.
	if (state.configurationId) await deleteCallback(context);
	const body = await vendorRequest.call(context, ytel, {
		method: 'POST',
		path: '/v4/callback/configuration',
		body: {
			eventType: 'campaign_workflow_callback',
			name: named || `${CONFIGURATION_PREFIX}: ${workflow}`.trim(),
			enabled: true,
			headers: { 'Content-Type': 'application/json' },
			url: ours,
			httpMethod: 'POST',
			contentType: 'JSON',
			bodyTemplate,
			successPath: 'HTTP_OK',
			successValue: '',
		},
	});
	const [record] = ytelRecords(body) ?? [];
	if (!record?.id) throw new NodeOperationError(context.getNode(), 'Ytel did not return the new callback configuration’s ID');
	state.configurationId = String(record.id);
	state.webhookUrl = ours;
	return true;
}

async function deleteCallback(context: IHookFunctions): Promise<boolean> {
	const state = stateOf(context);
	if (state.configurationId) {
		const path = configurationPath(state.configurationId);
		// Already deleted in Ytel: nothing left to do.
		await unlessNotFound(async () => await vendorRequest.call(context, ytel, { method: 'DELETE', path }));
	}
	delete state.configurationId;
	delete state.webhookUrl;
	return true;
}

// ---- n8n's webhook methods

export async function checkExists(this: IHookFunctions): Promise<boolean> {
	const event = eventOf(this);
	return isNumberEvent(event) ? await numberExists(this, event) : await callbackExists(this);
}

export async function create(this: IHookFunctions): Promise<boolean> {
	const event = eventOf(this);
	const state = stateOf(this);
	// The trigger moved to another number or event while a set-up of it stayed: put that back first.
	if (state.number && (state.number !== (isNumberEvent(event) ? chosenNumber(this) : undefined) || state.event !== event)) await restoreNumber(this);
	if (isNumberEvent(event) && state.configurationId) await deleteCallback(this);
	return isNumberEvent(event) ? await pointNumber(this, event) : await createCallback(this);
}

export async function remove(this: IHookFunctions): Promise<boolean> {
	await restoreNumber(this);
	await deleteCallback(this);
	return true;
}
