/**
 * The six Ytel trigger events assembled from the shared poll strategies: each event names its
 * list request, paging, id and time fields. `request` is one authenticated GET of a v4 list
 * (the node passes the shared vendor request; it throws on `status:false`).
 */
import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import {
	epochMillis,
	fieldOf,
	keysetPages,
	pollNewBySeenSet,
	pollNewInDateWindow,
	readAllPages,
	timeField,
	timeUuids,
	utcDay,
	wholeListNewestFirst,
	type PollResult,
} from '../../shared/poll';

/** One GET of a v4 list: the envelope's payload (an envelope with `status:false` throws). */
export type YtelList = (path: string, query: Record<string, string | number | undefined>) => Promise<IDataObject[]>;

export const YTEL_EVENTS = ['newInboundSms', 'newInboxMessage', 'newCall', 'newRecording', 'newContact', 'newNumber'] as const;
export type YtelEvent = (typeof YTEL_EVENTS)[number];

export interface YtelEventOptions {
	/** newInboxMessage: only messages still unread when the poll sees them. */
	unreadOnly?: boolean;
	/** newCall: `inbound` or `outbound` (the list filters); empty for both. */
	direction?: string;
	/** Page sizes (the logs allow 5,000; smaller ones in tests exercise paging). */
	logLimit?: number;
	inboxLimit?: number;
	numberPageSize?: number;
	/** The clock (epoch ms): date windows end tomorrow by it. */
	now?: () => number;
	lateMarginMs?: number;
	/** Gaps and caps the strategies report (the node logs them). */
	report?: (what: string) => void;
}

const DAY = 86_400_000;
/** `GET /v4/contact` returns at most this many contacts. */
export const CONTACT_LIST_CAP = 1000;

/** A date-window log (`startDate`/`endDate` UTC days, `limit` + `offset`, oldest first). */
function dateWindowLog(request: YtelList, path: string, filters: IDataObject, limit: number, now: () => number) {
	return async (from: number, page: number) => {
		const records = await request(path, {
			...(filters as Record<string, string>),
			startDate: utcDay(from),
			// Tomorrow by our clock: a Ytel clock a little ahead of ours still falls inside.
			endDate: utcDay(Math.max(from, now()) + DAY),
			limit,
			offset: page * limit,
		});
		return { records, more: records.length >= limit };
	};
}

/** Polls one event; `key` re-seeds when the event or its filters change. */
export async function pollYtelEvent(this: IPollFunctions, event: YtelEvent, request: YtelList, options: YtelEventOptions = {}): Promise<PollResult> {
	const now = options.now ?? Date.now;
	const logLimit = options.logLimit ?? 5000;
	const report = options.report ?? (() => undefined);
	const common = { lateMarginMs: options.lateMarginMs, now, onGap: (from: number, to: number) => report(`gap ${from}..${to}`), onPageCap: () => report('page cap') };
	switch (event) {
		case 'newInboundSms':
			return await pollNewInDateWindow.call(
				this,
				{ oldestFirst: dateWindowLog(request, '/v4/logs/sms/', { direction: 'inbound' }, logLimit, now), id: (record) => String(record.smsSid), time: timeField('date', epochMillis) },
				{ key: event, ...common },
			);
		case 'newCall': {
			const filters = options.direction ? { direction: options.direction } : {};
			return await pollNewInDateWindow.call(
				this,
				{ oldestFirst: dateWindowLog(request, '/v4/logs/call/', filters, logLimit, now), id: (record) => String(record.callSid), time: timeField('date', epochMillis) },
				{ key: `${event}:${options.direction ?? ''}`, ...common },
			);
		}
		case 'newRecording': {
			// Keyset after `lastCallSid`, from the UTC day of `from`.
			let from = 0;
			const pages = keysetPages(
				async (lastCallSid) => await request('/v4/logs/recording/', { startDate: utcDay(from), limit: logLimit, lastCallSid }),
				(last) => (typeof last.callSid === 'string' ? last.callSid : undefined),
				logLimit,
			);
			return await pollNewInDateWindow.call(
				this,
				{
					oldestFirst: async (start, page) => {
						from = start;
						return await pages(page);
					},
					id: (record) => String(record.recordingSid),
					time: timeField('recordingDate', epochMillis),
				},
				{ key: event, ...common },
			);
		}
		case 'newInboxMessage': {
			const limit = options.inboxLimit ?? 100;
			// Newest first, backwards by the `time` time-UUID; `open=all` so closing a conversation hides nothing.
			const newestFirst = keysetPages(
				async (lastTime) => await request('/v4/inbox/', { open: 'all', limit, lastTime }),
				(last) => (typeof last.time === 'string' ? last.time : undefined),
				limit,
			);
			return await pollNewBySeenSet.call(
				this,
				{ newestFirst, id: (record) => String(record.time), enteredAt: timeField('time', timeUuids) },
				{
					key: `${event}:${options.unreadOnly ? 'unread' : 'all'}`,
					lateMarginMs: options.lateMarginMs,
					emit: options.unreadOnly ? (record) => fieldOf(record, 'status') === 'unread' : undefined,
					onGap: () => report('seen-set gap'),
				},
			);
		}
		case 'newContact':
			// At most 1,000 contacts, in no stated order: read whole, newest first by the `created` time-UUID.
			return await pollNewBySeenSet.call(
				this,
				{
					newestFirst: wholeListNewestFirst(async () => {
						const contacts = await request('/v4/contact/', {});
						// A full list may hide new contacts past it: say so (Search reaches further).
						if (contacts.length >= CONTACT_LIST_CAP) report('contact list at its 1,000 cap');
						return contacts;
					}, timeField('created', timeUuids)),
					id: (record) => String(record.contactId),
					enteredAt: timeField('created', timeUuids),
				},
				{ key: event, lateMarginMs: options.lateMarginMs, onGap: () => report('seen-set gap') },
			);
		case 'newNumber': {
			const size = options.numberPageSize ?? 1000;
			const byPhoneNumber = keysetPages(
				async (last) => await request('/v4/number/', { size, nextKey: last === undefined ? undefined : Buffer.from(last, 'utf8').toString('base64') }),
				(last) => (typeof last.phoneNumber === 'string' ? last.phoneNumber : undefined),
				size,
			);
			return await pollNewBySeenSet.call(
				this,
				{
					newestFirst: wholeListNewestFirst(async () => await readAllPages(byPhoneNumber, 100, () => report('numbers page cap')), timeField('purchaseDate', epochMillis)),
					// A number released and bought again is new again.
					id: (record) => `${String(record.phoneNumber)}@${String(record.purchaseDate)}`,
					enteredAt: timeField('purchaseDate', epochMillis),
				},
				{ key: event, lateMarginMs: options.lateMarginMs, onGap: () => report('seen-set gap') },
			);
		}
	}
}
