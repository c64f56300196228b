import {
	NodeApiError,
	NodeConnectionTypes,
	NodeOperationError,
	type IDataObject,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	type IPollFunctions,
} from 'n8n-workflow';
import { simplifyField } from '../shared/fields';
import { fingerprint } from '../shared/fingerprint';
import { pathSegment } from '../shared/paths';
import { pollValueChanges, type Watched, type WatchedField } from '../shared/poll';
import { vendorRequest } from '../shared/request';
import { eventOption } from '../shared/triggerOutput';
import { xonvo } from './shared/api';
import { accountIdField } from './shared/descriptions';

/** At most this many leads are watched: one statistics request each per poll. */
export const MAX_WATCHED_LEADS = 100;

const ACCOUNT_COUNTERS: Array<{ name: string; value: string }> = [
	{ name: 'Click-Through Rate', value: 'ctr' },
	{ name: 'Delivered Messages', value: 'deliveredCount' },
	{ name: 'Engaged Leads', value: 'engagedCount' },
	{ name: 'Leads', value: 'leadCount' },
	{ name: 'Unsubscribed Leads', value: 'unsubscribeCount' },
];

const DEFAULT_COUNTERS = ['leadCount', 'engagedCount', 'unsubscribeCount', 'deliveredCount', 'ctr'];
const ACCOUNT_FIELDS: WatchedField[] = ACCOUNT_COUNTERS.map(({ value }) => ({ name: value, kind: 'number' }));
const ACCOUNT_NUMERIC = new Set(ACCOUNT_FIELDS.map((field) => field.name));

const LEAD_FIELDS: WatchedField[] = [
	{ name: 'deliveredCount', kind: 'number' },
	{ name: 'qualified', kind: 'boolean' },
	{ name: 'lastDeliveredTime', kind: 'time' },
];

const number = (value: unknown) => (typeof value === 'number' ? value : Number(value) || 0);
const millis = (value: unknown) => (typeof value === 'string' ? Date.parse(value) : NaN);

/** The watched leads' external ids from a text (commas or new lines) or a list from an expression. */
export function watchedLeadIds(context: IPollFunctions, value: unknown): string[] {
	const list = Array.isArray(value) ? value : String(value ?? '').split(/[\n,]/);
	const ids = [...new Set(list.map((entry) => String(entry ?? '').trim()).filter(Boolean))];
	if (!ids.length) throw new NodeOperationError(context.getNode(), '"Lead External IDs" is empty');
	if (ids.length > MAX_WATCHED_LEADS) {
		throw new NodeOperationError(context.getNode(), `"Lead External IDs" lists ${ids.length} leads; watch at most ${MAX_WATCHED_LEADS}`);
	}
	return ids;
}

/**
 * Whether the poll state holds a baseline for this lead, i.e. XONVO answered for it before (the
 * state pollValueChanges keeps: its key, and values under a fingerprint of each id).
 */
function hasBaseline(context: IPollFunctions, key: string, id: string): boolean {
	const state = context.getWorkflowStaticData('node') as { key?: string; values?: Record<string, string> };
	return state.key === key && state.values?.[fingerprint(id)] !== undefined;
}

/** The refusal for watched leads XONVO does not know, naming them. */
function unknownLeads(context: IPollFunctions, account: string, ids: string[]): NodeOperationError {
	const names = ids.map((id) => `"${id}"`).join(', ');
	return new NodeOperationError(
		context.getNode(),
		`XONVO knows no lead with the external ID${ids.length > 1 ? 's' : ''} ${names} in account ${account}`,
		{
			description:
				'Each entry in "Lead External IDs" must be the External ID a lead of this account was added with. Correct or remove these; the trigger cannot watch a lead XONVO does not know.',
		},
	);
}

/**
 * The watched account: the Account field, or when it is empty the credential's Test Account ID
 * (n8n parameters cannot default to a credential value, so empty means "the credential's").
 */
async function watchedAccount(context: IPollFunctions): Promise<string> {
	const node = context.getNode();
	let account = String(context.getNodeParameter('accountId', '', { extractValue: true }) ?? '').trim();
	if (!account) {
		const credentials = await context.getCredentials(xonvo.credentialType);
		account = String(credentials.accountId ?? '').trim();
		if (!account) {
			throw new NodeOperationError(node, 'Enter an Account, or a Test Account ID in the XONVO credential', {
				description: 'An empty Account means the Test Account ID of the credential, and the credential has none.',
			});
		}
	}
	if (!/^\d+$/.test(account)) {
		throw new NodeOperationError(node, '"Account" must be a numeric account ID', { description: `"${account}" is not a XONVO account ID, e.g. 18.` });
	}
	return account;
}

/** previous/current/delta per field, flat (Simplify) or as three objects. */
function changeItem(fields: string[], previous: IDataObject, current: IDataObject, simplify: boolean, numeric: Set<string>) {
	const changed = fields.filter((field) => previous[field] !== current[field]);
	const delta = Object.fromEntries(
		fields.filter((field) => numeric.has(field)).map((field) => [field, number(current[field]) - number(previous[field])]),
	);
	if (!simplify) {
		const pick = (values: IDataObject) => Object.fromEntries(fields.map((field) => [field, values[field]]));
		return { changed, previous: pick(previous), current: pick(current), delta };
	}
	const flat: IDataObject = { changed };
	for (const field of fields) {
		flat[field] = current[field];
		flat[`${field}Previous`] = previous[field];
		if (numeric.has(field)) flat[`${field}Delta`] = delta[field];
	}
	return flat;
}

const accountItem = (account: string, counters: string[], previous: IDataObject, current: IDataObject, simplify: boolean) => ({
	accountId: account,
	...changeItem(counters, previous, current, simplify, ACCOUNT_NUMERIC),
});

const LEAD_NUMERIC = new Set(['deliveredCount']);
const LEAD_NAMES = LEAD_FIELDS.map((field) => field.name);

const leadItem = (account: string, id: string, previous: IDataObject, current: IDataObject, simplify: boolean) => ({
	accountId: account,
	leadExternalId: id,
	...changeItem(LEAD_NAMES, previous, current, simplify, LEAD_NUMERIC),
});

/** What each event emits with its default settings, for one statistics answer (no change yet). */
const accountEvent = (option: { name: string; value: string; description: string }) =>
	eventOption(option, {
		method: 'GET',
		path: '/accounts/{accountId}/statistics',
		items: (body) => [accountItem('', DEFAULT_COUNTERS, body as IDataObject, body as IDataObject, true)],
	});
const leadEvent = (option: { name: string; value: string; description: string }) =>
	eventOption(option, {
		method: 'GET',
		path: '/accounts/{accountId}/leads/{leadExternalId}/statistics',
		items: (body) => [leadItem('', '', body as IDataObject, body as IDataObject, true)],
	});

export class XonvoTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'XONVO Trigger',
		name: 'xonvoTrigger',
		icon: { light: 'file:../../icons/xonvo.svg', dark: 'file:../../icons/xonvo.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ {"accountStatisticsChanged": "Account Statistics Changed", "leadStatisticsChanged": "Lead Statistics Changed"}[$parameter["event"]] }}',
		description: 'XONVO, the conversational AI platform for leads: starts a workflow when the statistics of an account or of watched leads change',
		defaults: { name: 'XONVO Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'xonvoApi', required: true }],
		properties: [
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				options: [
					accountEvent({
						name: 'Account Statistics Changed',
						value: 'accountStatisticsChanged',
						description: 'A chosen counter of an account changed, e.g. new leads or unsubscribes',
					}),
					leadEvent({
						name: 'Lead Statistics Changed',
						value: 'leadStatisticsChanged',
						description: 'A watched lead qualified or was sent a new message',
					}),
				],
				default: 'accountStatisticsChanged',
			},
			{
				displayName: 'XONVO has no list of new records: this trigger compares statistics with the last poll and emits what changed',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			{
				...accountIdField,
				required: false,
				hint: 'Empty: the Test Account ID of the XONVO credential',
				description: 'The XONVO account to watch, by its numeric ID; empty means the Test Account ID of the credential',
			},
			{
				displayName: 'Counters',
				name: 'counters',
				type: 'multiOptions',
				options: ACCOUNT_COUNTERS,
				default: [...DEFAULT_COUNTERS],
				displayOptions: { show: { event: ['accountStatisticsChanged'] } },
				description: 'Emit when one of these changes',
			},
			{
				displayName: 'Lead External IDs',
				name: 'leadExternalIds',
				type: 'string',
				typeOptions: { rows: 4 },
				default: '',
				required: true,
				placeholder: 'e.g. CRM-4711, CRM-4712',
				displayOptions: { show: { event: ['leadStatisticsChanged'] } },
				description: `The leads to watch (up to ${MAX_WATCHED_LEADS}), separated by commas or new lines, or a list from an expression. Adding leads later starts watching them from that moment.`,
			},
			{
				displayName: 'Emit When',
				name: 'watch',
				type: 'multiOptions',
				options: [
					{ name: 'Lead Qualified', value: 'qualified' },
					{ name: 'Message Delivered', value: 'delivered' },
				],
				default: ['qualified', 'delivered'],
				displayOptions: { show: { event: ['leadStatisticsChanged'] } },
			},
			simplifyField,
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = this.getNodeParameter('event') as string;
		const account = await watchedAccount(this);
		const accountId = pathSegment(this.getNode(), 'Account', account);
		const simplify = this.getNodeParameter('simplify', true) !== false;

		if (event === 'accountStatisticsChanged') {
			const counters = this.getNodeParameter('counters', []) as string[];
			if (!counters.length) throw new NodeOperationError(this.getNode(), 'Choose at least one counter');
			return await pollValueChanges.call(this, {
				key: `${event}:${account}`,
				fields: ACCOUNT_FIELDS,
				read: async () => [
					{
						id: account,
						values: (await vendorRequest.call(this, xonvo, { method: 'GET', path: `/accounts/${accountId}/statistics` })) as IDataObject,
					},
				],
				worthEmitting: (previous, current) => counters.some((counter) => previous[counter] !== current[counter]),
				item: (_id, previous, current) => accountItem(account, counters, previous, current, simplify),
				sample: (watched) => accountItem(account, counters, watched.values, watched.values, simplify),
			});
		}

		const ids = watchedLeadIds(this, this.getNodeParameter('leadExternalIds', ''));
		const watch = new Set(this.getNodeParameter('watch', []) as string[]);
		const key = `${event}:${account}`;
		return await pollValueChanges.call(this, {
			key,
			fields: LEAD_FIELDS,
			read: async () => {
				const watched: Watched[] = [];
				const notFound: string[] = [];
				for (const id of ids) {
					try {
						const path = `/accounts/${accountId}/leads/${pathSegment(this.getNode(), 'Lead External IDs', id)}/statistics`;
						watched.push({ id, values: (await vendorRequest.call(this, xonvo, { method: 'GET', path })) as IDataObject });
					} catch (error) {
						if (error instanceof NodeApiError && error.httpCode === '404') {
							notFound.push(id);
							watched.push({ id, values: null });
							continue;
						}
						// vendorRequest throws n8n errors; NodeOperationError returns one unchanged.
						throw error instanceof NodeApiError ? error : new NodeOperationError(this.getNode(), error as Error);
					}
				}
				// Fetch Test Event names every unknown lead; when active, a lead that never answered fails
				// the activation (n8n shows the error), while one that answered before keeps its baseline
				// through a passing 404 and is only logged.
				const unknown = this.getMode() === 'manual' ? notFound : notFound.filter((id) => !hasBaseline(this, key, id));
				if (unknown.length) throw unknownLeads(this, account, unknown);
				for (const id of notFound) this.logger.warn(`XONVO Trigger: lead "${id}" not found in account ${account}; skipped this poll`);
				return watched;
			},
			worthEmitting: (previous, current) =>
				(watch.has('qualified') && previous.qualified !== true && current.qualified === true) ||
				(watch.has('delivered') &&
					(number(current.deliveredCount) > number(previous.deliveredCount) ||
						millis(current.lastDeliveredTime) > (millis(previous.lastDeliveredTime) || 0))),
			item: (id, previous, current) => leadItem(account, id, previous, current, simplify),
			sample: (watched) => leadItem(account, watched.id, watched.values, watched.values, simplify),
		});
	}
}
