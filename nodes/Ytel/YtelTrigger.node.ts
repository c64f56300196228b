import {
	NodeConnectionTypes,
	type IDataObject,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	type IPollFunctions,
} from 'n8n-workflow';
import { simplifyField } from '../shared/fields';
import { DEFAULT_LATE_MARGIN_MS } from '../shared/poll';
import { vendorRequest } from '../shared/request';
import { eventOption } from '../shared/triggerOutput';
import { ytel } from './shared/api';
import { CONTACT_LIST_CAP, pollYtelEvent, type YtelEvent, type YtelList } from './trigger/events';
import { SIMPLIFY } from './trigger/simplify';

interface EventSpec {
	name: string;
	description: string;
	/** The list the event reads (for its output schema), below the API root. */
	path: string;
}

export const EVENTS: Record<YtelEvent, EventSpec> = {
	newInboundSms: { name: 'New Inbound SMS', description: 'An SMS or MMS arrived at one of your numbers', path: '/v4/logs/sms/' },
	newInboxMessage: { name: 'New Inbox Message', description: 'A message arrived in your Ytel inbox', path: '/v4/inbox/' },
	newCall: { name: 'New Call', description: 'A call was logged (inbound, outbound or both)', path: '/v4/logs/call/' },
	newRecording: { name: 'New Recording', description: 'A call recording was saved', path: '/v4/logs/recording/' },
	newContact: { name: 'New Contact', description: 'A contact was added', path: '/v4/contact/' },
	newNumber: { name: 'New Number', description: 'A phone number was bought for your account', path: '/v4/number/' },
};

const payloadOf = (body: unknown): IDataObject[] => {
	const payload = body && typeof body === 'object' ? (body as IDataObject).payload : undefined;
	return Array.isArray(payload) ? (payload as IDataObject[]) : [];
};

/** An Event option, remembered with what it emits by default: the list's records, simplified. */
const eventOptions = (Object.keys(EVENTS) as YtelEvent[]).map((value) =>
	eventOption(
		{ name: EVENTS[value].name, value, description: EVENTS[value].description },
		{ method: 'GET', path: EVENTS[value].path, items: (body) => payloadOf(body).map(SIMPLIFY[value]) },
	),
);

const subtitles = Object.fromEntries(Object.entries(EVENTS).map(([value, spec]) => [value, spec.name]));
const show = (...events: YtelEvent[]) => ({ displayOptions: { show: { event: events } } });

/** What the strategies report, in words for the n8n log. */
function reportText(what: string): string {
	if (what.startsWith('contact list')) {
		return `Ytel lists at most ${CONTACT_LIST_CAP.toLocaleString('en-US')} contacts and this account has that many: contacts added past them are not seen`;
	}
	if (what.includes('page cap')) return 'more pages than one check reads; the rest is read on the next checks';
	return `more records in the look-back than the trigger remembers (${what}); records in that stretch may come out again`;
}

export class YtelTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Ytel Trigger',
		name: 'ytelTrigger',
		icon: { light: 'file:../../icons/ytel.svg', dark: 'file:../../icons/ytel.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: `={{ ${JSON.stringify(subtitles)}[$parameter["event"]] }}`,
		description:
			'Ytel, the cloud communications platform for SMS, voice and contact centers: starts a workflow on new inbound SMS, inbox messages, calls, recordings, contacts or numbers',
		defaults: { name: 'Ytel Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'ytelApi', required: true }],
		properties: [
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				options: eventOptions,
				default: 'newInboundSms',
			},
			{
				displayName: 'Unread Only',
				name: 'unreadOnly',
				type: 'boolean',
				default: false,
				description: 'Whether to emit only messages still unread when the trigger checks',
				...show('newInboxMessage'),
			},
			{
				displayName:
					'Ytel’s inbox shows one entry per conversation, its latest message: when one contact sends two messages between two checks, only the later one starts the workflow',
				name: 'inboxNotice',
				type: 'notice',
				default: '',
				...show('newInboxMessage'),
			},
			{
				displayName: 'Direction',
				name: 'direction',
				type: 'options',
				options: [
					{ name: 'Both', value: '' },
					{ name: 'Inbound', value: 'inbound' },
					{ name: 'Outbound', value: 'outbound' },
				],
				default: '',
				description: 'Which calls start the workflow. Changing it starts watching anew from that moment.',
				...show('newCall'),
			},
			{
				displayName: `Ytel lists at most ${CONTACT_LIST_CAP.toLocaleString('en-US')} contacts: in an account with more, new contacts past them are not seen (n8n’s log says so)`,
				name: 'contactNotice',
				type: 'notice',
				default: '',
				...show('newContact'),
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
						displayName: 'Late Records Window (Seconds)',
						name: 'lateMarginSeconds',
						type: 'number',
						typeOptions: { minValue: 0 },
						default: 300, // DEFAULT_LATE_MARGIN_MS / 1000
						description:
							'How far behind the newest record each check looks again, for records Ytel shows a little after their time; records that appear later than this are missed',
					},
				],
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = this.getNodeParameter('event') as YtelEvent;
		const simplify = this.getNodeParameter('simplify', true) !== false;
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const lateMarginSeconds = Number(options.lateMarginSeconds ?? DEFAULT_LATE_MARGIN_MS / 1000);
		const request: YtelList = async (path, query) => payloadOf(await vendorRequest.call(this, ytel, { method: 'GET', path, qs: query }));
		const node = this.getNode().name;
		const result = await pollYtelEvent.call(this, event, request, {
			unreadOnly: event === 'newInboxMessage' && this.getNodeParameter('unreadOnly', false) === true,
			direction: event === 'newCall' ? String(this.getNodeParameter('direction', '') ?? '') : undefined,
			lateMarginMs: Math.max(0, Number.isFinite(lateMarginSeconds) ? lateMarginSeconds : 0) * 1000,
			report: (what) => this.logger.warn(`${node}: ${reportText(what)}`),
		});
		if (!result || !simplify) return result;
		return [result[0].map((item) => ({ ...item, json: SIMPLIFY[event](item.json) }))];
	}
}
