import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import type { FeedPage, KeyedState, PollResult } from './state';
import type { TimeCodec } from './time';

/**
 * New records by creation time, with a look-back window: for lists that filter on a creation
 * time. Records can become visible a little after their timestamp (replication, clock skew), so
 * each poll reads again a window behind its cursor and drops the ids it already read there.
 */

export interface TimestampFeed {
	/** The newest records, newest first. */
	newest(limit: number): Promise<IDataObject[]>;
	/** Records created at or after `since` (in the vendor's representation), oldest first; `page` counts from 0. */
	since(since: string, page: number): Promise<FeedPage>;
	id(record: IDataObject): string;
	time(record: IDataObject): unknown;
}

interface TimestampState extends KeyedState {
	/** Epoch ms of the newest timestamp read. */
	cursor?: number;
	/** Ids read inside the look-back window behind the cursor, with their time as base-36 ms. */
	seen?: Record<string, string>;
}

export interface TimestampPollOptions {
	key: string;
	codec: TimeCodec;
	/** How far behind the cursor each poll reads again, for records that become visible late. */
	lookBackMs?: number;
	/** Pages with news read per poll; the rest comes next poll. */
	maxPages?: number;
	/** Reported (not dropped) when a record's timestamp is missing or unreadable. */
	onUnreadableTime?: (record: IDataObject) => void;
}

export const DEFAULT_LOOK_BACK_MS = 60_000;
const DEFAULT_MAX_PAGES = 20;

/**
 * New records by creation time. Each poll asks for records at or after `cursor − look-back`,
 * oldest first, and drops the ids it already read in that window, so a record that becomes
 * visible up to the look-back after its timestamp still comes out, once. The state keeps only
 * the ids inside the window. Pages that hold only known records do not count toward the page
 * cap (a busy window would otherwise hide what follows it); there can be no more of them than
 * known ids, which bounds a vendor that repeats its pages. A record whose timestamp is missing
 * or unreadable is emitted (once) and reported through `onUnreadableTime`.
 */
export async function pollNewByTimestamp(
	this: IPollFunctions,
	feed: TimestampFeed,
	options: TimestampPollOptions,
): Promise<PollResult> {
	const { codec } = options;
	const lookBack = options.lookBackMs ?? DEFAULT_LOOK_BACK_MS;
	const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;

	if (this.getMode() === 'manual') {
		const sample = await feed.newest(1);
		return sample.length ? [this.helpers.returnJsonArray(sample)] : null;
	}

	const state = this.getWorkflowStaticData('node') as TimestampState;
	const seeding = state.key !== options.key || typeof state.cursor !== 'number';
	let cursor: number;
	if (seeding) {
		const [newest] = await feed.newest(1);
		cursor = (newest && codec.parse(feed.time(newest))) ?? 0;
	} else {
		cursor = state.cursor as number;
	}
	const known = new Map<string, number>(
		seeding ? [] : Object.entries(state.seen ?? {}).map(([id, time]) => [id, parseInt(time, 36)]),
	);

	const since = Math.max(0, cursor - lookBack);
	const fresh: IDataObject[] = [];
	const read = new Map<string, number>();
	const knownOnlyPageLimit = known.size;
	for (let page = 0, pagesWithNews = 0, knownOnlyPages = 0; pagesWithNews < maxPages; page++) {
		const { records, more } = await feed.since(codec.format(since), page);
		const before = fresh.length;
		for (const record of records) {
			const id = feed.id(record);
			const time = codec.parse(feed.time(record));
			if (time !== undefined && time < since) continue;
			if (known.has(id) || read.has(id)) continue;
			read.set(id, time ?? NaN);
			if (time === undefined) options.onUnreadableTime?.(record);
			fresh.push(record);
		}
		if (fresh.length > before) pagesWithNews++;
		else knownOnlyPages++;
		if (!more || records.length === 0 || knownOnlyPages > knownOnlyPageLimit) break;
	}

	// A record without a readable time counts as read at the new cursor: it stays remembered for a
	// whole window, so it is not emitted again while the list still returns it.
	const newCursor = Math.max(cursor, ...[...read.values()].filter((time) => !Number.isNaN(time)));
	for (const [id, time] of read) if (Number.isNaN(time)) read.set(id, newCursor);

	if (seeding) {
		// Everything already there is history: remember the window's ids, emit nothing.
		state.key = options.key;
		state.cursor = newCursor;
		state.seen = windowOf(new Map([...read]), state.cursor, lookBack);
		return null;
	}
	if (!fresh.length) return null;

	state.cursor = newCursor;
	state.seen = windowOf(new Map([...known, ...read]), newCursor, lookBack);
	return [this.helpers.returnJsonArray(fresh)];
}

function windowOf(ids: Map<string, number>, cursor: number, lookBack: number): Record<string, string> {
	const kept: Record<string, string> = {};
	for (const [id, time] of ids) if (time >= cursor - lookBack) kept[id] = Math.max(0, time).toString(36);
	return kept;
}
