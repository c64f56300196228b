import {
	NodeConnectionTypes,
	type IDataObject,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	type IPollFunctions,
} from 'n8n-workflow';
import { simplifyField } from '../shared/fields';
import { pathSegment } from '../shared/paths';
import { DEFAULT_LOOK_BACK_MS, pollNewByTimestamp, type TimestampFeed } from '../shared/poll';
import { vendorRequest } from '../shared/request';
import { eventOption } from '../shared/triggerOutput';
import { outseta, outsetaTime } from './shared/api';
import { accountStageOptions, activityTypeOptions, entityTypeOptions } from './shared/descriptions';
import { authenticationProperty, outsetaTriggerCredentials } from './shared/node';
import {
	simplifyAccount,
	simplifyActivity,
	simplifyCase,
	simplifyDeal,
	simplifyInvoice,
	simplifyListSubscriber,
	simplifyPerson,
	simplifySubscription,
} from './shared/simplify';

/** Records read per page; a burst larger than a page is read page by page. */
export const TRIGGER_PAGE_SIZE = 100;

interface EventSpec {
	name: string;
	description: string;
	/** The list it polls, below the API root; `{listId}` is the email list parameter. */
	path: string;
	/** The record's time the cursor follows. */
	time: string;
	simplify: (record: IDataObject) => IDataObject;
	/** Only in the prose of Outseta's API guide, not in its request collection. */
	proseOnly?: boolean;
}

export const EVENTS: Record<string, EventSpec> = {
	newAccount: { name: 'New Account', description: 'An account was created', path: '/crm/accounts', time: 'Created', simplify: simplifyAccount },
	newActivity: {
		name: 'New Activity',
		description: 'Something was logged in the activity log, e.g. an account changed stage',
		path: '/activities',
		time: 'ActivityDateTime',
		simplify: simplifyActivity,
	},
	newDeal: { name: 'New Deal', description: 'A deal was created', path: '/crm/deals', time: 'Created', simplify: simplifyDeal },
	newEmailListSubscriber: {
		name: 'New Email List Subscriber',
		description: 'Someone subscribed to an email list',
		path: '/email/lists/{listId}/subscriptions',
		time: 'SubscribedDate',
		simplify: simplifyListSubscriber,
	},
	newInvoice: {
		name: 'New Invoice',
		description: 'An invoice was created (Outseta documents this list only in its API guide; it may change)',
		path: '/billing/invoices',
		time: 'Created',
		simplify: simplifyInvoice,
		proseOnly: true,
	},
	newPerson: { name: 'New Person', description: 'A person was added', path: '/crm/people', time: 'Created', simplify: simplifyPerson },
	newSubscription: {
		name: 'New Subscription',
		description: 'A subscription was created (Outseta documents this list only in its API guide; it may change)',
		path: '/billing/subscriptions',
		time: 'Created',
		simplify: simplifySubscription,
		proseOnly: true,
	},
	newSupportCase: { name: 'New Support Case', description: 'A support case was opened', path: '/support/cases', time: 'Created', simplify: simplifyCase },
};

const show = (...events: string[]) => ({ displayOptions: { show: { event: events } } });

/**
 * Newest-first and since-cursor reads of one Outseta list by the event's time property. The
 * since-read is oldest first, `{time}__gte` the look-back point, in pages of 100.
 */
function eventFeed(context: IPollFunctions, path: string, time: string, filters: IDataObject): TimestampFeed {
	const list = async (qs: IDataObject) => {
		const body = await vendorRequest.call(context, outseta, { method: 'GET', path, qs: { ...filters, ...qs } });
		return { records: outseta.paging!.records(body), total: outseta.paging!.total?.(body) };
	};
	return {
		newest: async (limit) => (await list({ orderBy: `${time} DESC`, limit, offset: 0 })).records,
		since: async (since, page) => {
			const { records, total } = await list({ [`${time}__gte`]: since, orderBy: `${time} ASC`, limit: TRIGGER_PAGE_SIZE, offset: page });
			const more = records.length === TRIGGER_PAGE_SIZE && (total === undefined || (page + 1) * TRIGGER_PAGE_SIZE < total);
			return { records, more };
		},
		id: (record) => String(record.Uid),
		time: (record) => record[time],
	};
}

/** An Event option, remembered with what it emits by default: the list's records, simplified. */
const eventOptions = Object.entries(EVENTS).map(([value, spec]) =>
	eventOption(
		{ name: spec.name, value, description: spec.description },
		{ method: 'GET', path: spec.path, items: (body) => outseta.paging!.records(body).map(spec.simplify) },
	),
);

const subtitles = Object.fromEntries(Object.entries(EVENTS).map(([value, spec]) => [value, spec.name]));

export class OutsetaTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Outseta Trigger',
		name: 'outsetaTrigger',
		icon: { light: 'file:../../icons/outseta.svg', dark: 'file:../../icons/outseta.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: `={{ ${JSON.stringify(subtitles)}[$parameter["event"]] }}`,
		description:
			'Outseta, all-in-one membership software (payments, CRM, email, help desk): starts a workflow on new people, accounts, deals, cases, subscribers, activities, subscriptions or invoices',
		defaults: { name: 'Outseta Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: outsetaTriggerCredentials,
		properties: [
			{
				...authenticationProperty,
				options: [
					{ name: 'API Key', value: 'apiKey', description: 'Your Outseta API key: the trigger sees all your records' },
					{
						name: 'User Token',
						value: 'userToken',
						description: "One person's sign-in: the trigger sees only that person's data, so most events never fire. Use API Key to watch your whole Outseta.",
					},
				],
			},
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				options: eventOptions,
				default: 'newPerson',
			},
			{
				displayName: 'Email List Uid',
				name: 'listId',
				type: 'string',
				required: true,
				default: '',
				placeholder: 'e.g. exmepWVG',
				description: 'The Uid of the email list (in Outseta under Email » Lists, in the address of the list)',
				...show('newEmailListSubscriber'),
			},
			{
				displayName: 'Activity Type',
				name: 'activityType',
				type: 'options',
				options: activityTypeOptions,
				default: 103,
				description: 'Which activities start the workflow, e.g. Account Stage Changed',
				...show('newActivity'),
			},
			{
				displayName: 'Filters',
				name: 'filters',
				type: 'collection',
				placeholder: 'Add Filter',
				default: {},
				...show('newAccount'),
				options: [
					{
						displayName: 'Account Stage',
						name: 'AccountStage',
						type: 'options',
						options: accountStageOptions,
						default: 2,
						description:
							'Only accounts in this stage when the trigger checks; an account that moved to another stage before the check is not emitted (use New Activity with Account Stage Changed for stage changes)',
					},
				],
			},
			{
				displayName: 'Filters',
				name: 'activityFilters',
				type: 'collection',
				placeholder: 'Add Filter',
				default: {},
				...show('newActivity'),
				options: [
					{ displayName: 'About', name: 'EntityType', type: 'options', options: entityTypeOptions, default: 1, description: 'Only activities about this kind of record' },
					{ displayName: 'Record Uid', name: 'EntityUid', type: 'string', default: '', placeholder: 'e.g. KaWx1mVr', description: 'Only activities about this account, person or deal' },
				],
			},
			{
				displayName:
					'Outseta documents this list only in its API guide, so it may change: if your Outseta answers 404, the list is not available to you',
				name: 'proseOnlyNotice',
				type: 'notice',
				default: '',
				...show(...Object.keys(EVENTS).filter((event) => EVENTS[event].proseOnly)),
			},
			simplifyField,
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Look-Back Window (Seconds)',
						name: 'lookBackSeconds',
						type: 'number',
						typeOptions: { minValue: 0 },
						default: 60, // DEFAULT_LOOK_BACK_MS
						description:
							'How far behind the newest record each check looks again, for records Outseta shows a little after their time; records that appear later than this are missed',
					},
				],
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = this.getNodeParameter('event') as string;
		const spec = EVENTS[event];
		const filters: IDataObject = {};
		if (event === 'newAccount') Object.assign(filters, this.getNodeParameter('filters', {}) as IDataObject);
		if (event === 'newActivity') {
			filters.ActivityType = this.getNodeParameter('activityType', 103);
			for (const [key, value] of Object.entries(this.getNodeParameter('activityFilters', {}) as IDataObject)) {
				if (value !== '' && value !== undefined && value !== null) filters[key] = value;
			}
		}
		let path = spec.path;
		let scope = '';
		if (event === 'newEmailListSubscriber') {
			const listId = this.getNodeParameter('listId', '');
			path = path.replace('{listId}', pathSegment(this.getNode(), 'Email List Uid', listId));
			scope = String(listId).trim();
		}
		const lookBackSeconds = Number((this.getNodeParameter('options', {}) as IDataObject).lookBackSeconds ?? DEFAULT_LOOK_BACK_MS / 1000);
		const node = this.getNode().name;
		const result = await pollNewByTimestamp.call(this, eventFeed(this, path, spec.time, filters), {
			// The key of the first two events is what it has always been, so their cursors carry on.
			key: `${event}${scope ? `:${scope}` : ''}${JSON.stringify(filters)}`,
			codec: outsetaTime,
			lookBackMs: Math.max(0, lookBackSeconds) * 1000,
			onUnreadableTime: (record) =>
				this.logger.warn(`${node}: record ${String(record.Uid)} has no readable ${spec.time} (${JSON.stringify(record[spec.time] ?? null)}); emitted anyway`),
		});
		if (!result || this.getNodeParameter('simplify', true) === false) return result;
		return [result[0].map((item) => ({ ...item, json: spec.simplify(item.json) }))];
	}
}
