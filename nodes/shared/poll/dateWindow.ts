import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { fingerprint } from '../fingerprint';
import { DEFAULT_LATE_MARGIN_MS } from './late';
import type { FeedPage, KeyedState, PollResult } from './state';

/**
 * New records of a log read by date window: the list takes a start (a UTC day, say) and serves
 * everything from there, oldest first, page by page (offset or keyset), and its ids are not
 * ordered (Ytel's `callSid`) or not worth ordering by. So each poll reads from a little behind the
 * newest time it saw (the late margin), skips what is older, and de-duplicates by a bounded
 * seen-set of the ids at the window's edge.
 */

export interface DateWindowFeed {
	/**
	 * Records from `from` (epoch ms) on, oldest first, page by page; `page` counts from 0 and is
	 * asked in order (a keyset feed takes its cursor from the page before). The feed may start
	 * earlier (at the UTC day of `from`): older records are skipped.
	 */
	oldestFirst(from: number, page: number): Promise<FeedPage>;
	id(record: IDataObject): string;
	/** When the record happened (epoch ms); undefined when the record does not say. */
	time(record: IDataObject): number | undefined;
}

interface DateWindowState extends KeyedState {
	/** The newest record time read (epoch ms). */
	cursor?: number;
	/** Records older than this (epoch ms) are never emitted: the newest at activation, raised when the seen-set overflows. */
	floor?: number;
	/** Marks of the ids read inside the late margin behind the cursor, each with how long before the cursor (ms, base 36). */
	seen?: Record<string, string>;
}

export interface DateWindowPollOptions {
	/** The event and filters the state was seeded for: a change re-seeds. */
	key: string;
	/** How far behind the newest time read each poll reads again (default 5 minutes): how late a record may show up. */
	lateMarginMs?: number;
	/** Ids remembered at most (default 2,000): the state's bound. */
	remember?: number;
	/** Pages with news read per poll at most (default 20); what lies past them is newer and comes next poll. */
	maxPages?: number;
	/**
	 * Pages without news read per poll at most (default 100): records earlier in the day than the
	 * window, and records already read. A day busier than that before the window keeps the poll
	 * from reaching the news: reported through `onPageCap`.
	 */
	maxPagesBehind?: number;
	/** Called when a poll stopped at a page cap with more to read. */
	onPageCap?: () => void;
	/** Which new records are emitted; the others are remembered as read all the same. */
	emit?: (record: IDataObject) => boolean;
	/** The clock (epoch ms), for an activation on an empty window and for manual samples; default `Date.now`. */
	now?: () => number;
	/** How far back a manual run looks for a sample (default one day). */
	sampleWindowMs?: number;
	/**
	 * Reported when records may have been given up: more records than remembered shared the late
	 * margin, so the oldest of them can no longer come out if they were late (`from`..`to`, epoch ms).
	 */
	onGap?: (from: number, to: number) => void;
	/** Reported (and emitted once) when a record's time is missing: it counts as read at the cursor. */
	onUnreadableTime?: (record: IDataObject) => void;
}

const DEFAULT_REMEMBER = 2000;
const DEFAULT_MAX_PAGES = 20;
const DEFAULT_MAX_PAGES_BEHIND = 100;
const DAY_MS = 86_400_000;

/**
 * Two 32-bit fingerprints of the id (64 bits): a collision would hide a record, and the seen-set
 * of a busy log holds thousands of ids, where one 32-bit fingerprint starts to collide.
 */
function markOf(id: string): string {
	return `${fingerprint(id)}.${fingerprint(`~${id}`)}`;
}

/**
 * New records of a date-window log. Each poll reads from `low` = max(floor, cursor − margin), oldest
 * first, skips records older than `low` and ids already read there, and emits the rest oldest
 * first; the cursor becomes the newest time read. The state keeps the marks of the ids inside the
 * margin behind the cursor (at most `remember`: when more share the margin, the oldest group of
 * equal times is dropped and the floor rises past it, reported through `onGap`), so a record that
 * shows up to the margin late still comes out, once. Activation reads from `now − margin` and
 * keeps what it sees as history (the floor is the newest time seen, or `now − margin` on an empty
 * window). A poll that emits nothing leaves the state as it found it; a failed poll throws before
 * touching it; a manual run returns the newest record of the last day and touches nothing. Pages
 * past `maxPages` pages with news are newer than all read ones and come next poll; a page that
 * brings no id not already read this poll (a feed that ignores paging) ends the walk.
 */
export async function pollNewInDateWindow(
	this: IPollFunctions,
	feed: DateWindowFeed,
	options: DateWindowPollOptions,
): Promise<PollResult> {
	const margin = options.lateMarginMs ?? DEFAULT_LATE_MARGIN_MS;
	const remember = Math.max(1, options.remember ?? DEFAULT_REMEMBER);
	const caps = { maxPages: options.maxPages ?? DEFAULT_MAX_PAGES, maxPagesBehind: options.maxPagesBehind ?? DEFAULT_MAX_PAGES_BEHIND };
	const emit = options.emit ?? (() => true);
	const now = options.now ?? Date.now;

	if (this.getMode() === 'manual') {
		let sample: IDataObject | undefined;
		await walk(feed, now() - (options.sampleWindowMs ?? DAY_MS), caps, (record) => {
			if (!emit(record)) return false;
			sample = record;
			return true;
		});
		return sample ? [this.helpers.returnJsonArray([sample])] : null;
	}

	const state = this.getWorkflowStaticData('node') as DateWindowState;
	const seeding = state.key !== options.key || typeof state.cursor !== 'number' || typeof state.floor !== 'number';
	const cursor = seeding ? undefined : (state.cursor as number);
	const floor = seeding ? undefined : (state.floor as number);
	const low = seeding ? now() - margin : Math.max(floor as number, (cursor as number) - margin);
	const known = new Map<string, number>();
	if (!seeding) for (const [mark, below] of Object.entries(state.seen ?? {})) known.set(mark, (cursor as number) - parseInt(below, 36));

	const read = new Map<string, number | undefined>();
	const fresh: IDataObject[] = [];
	const capped = await walk(feed, low, caps, (record) => {
		const time = feed.time(record);
		if (time !== undefined && time < low) return false;
		const mark = markOf(feed.id(record));
		if (read.has(mark)) return false;
		read.set(mark, time);
		if (known.has(mark)) return false;
		if (time === undefined) options.onUnreadableTime?.(record);
		fresh.push(record);
		return true;
	});
	if (capped) options.onPageCap?.();
	if (!seeding && !fresh.length) return null;

	const times = [...read.values()].filter((time): time is number => time !== undefined);
	const newest = Math.max(cursor ?? -Infinity, ...times);
	const nextCursor = Number.isFinite(newest) ? newest : (cursor ?? low);
	let nextFloor = seeding ? (Number.isFinite(newest) ? newest : low) : (floor as number);
	// A record without a time counts as read at the cursor: remembered for a whole margin.
	const entries = new Map(known);
	for (const [mark, time] of read) entries.set(mark, time ?? nextCursor);
	const edge = [...entries].filter(([, time]) => time >= Math.max(nextFloor, nextCursor - margin)).sort((a, b) => b[1] - a[1]);
	let kept = edge;
	if (edge.length > remember) {
		// The group of equal times the bound cuts goes whole, and the floor rises past it, so none
		// of it can come out twice whatever order the list serves equal times in.
		const cut = edge[remember][1];
		kept = edge.filter(([, time]) => time > cut);
		if (!seeding) options.onGap?.(Math.max(nextFloor, nextCursor - margin), cut);
		nextFloor = cut + 1;
	}
	state.key = options.key;
	state.cursor = nextCursor;
	state.floor = nextFloor;
	state.seen = Object.fromEntries(kept.map(([mark, time]) => [mark, Math.max(0, nextCursor - time).toString(36)]));
	if (seeding) return null;

	const emitted = fresh
		.map((record, index) => ({ record, index, time: feed.time(record) ?? nextCursor }))
		.sort((a, b) => a.time - b.time || a.index - b.index)
		.map(({ record }) => record)
		.filter(emit);
	return emitted.length ? [this.helpers.returnJsonArray(emitted)] : null;
}

/**
 * Reads pages from `from` until the list ends, a page that brings nothing not already read this
 * walk (a feed that ignores paging), `maxPages` pages that brought news, or `maxPagesBehind`
 * pages that did not (history before the window, known records). `visit` sees every record
 * served and says whether it was news. Returns whether it stopped at a cap with more to read.
 */
async function walk(
	feed: DateWindowFeed,
	from: number,
	caps: { maxPages: number; maxPagesBehind: number },
	visit: (record: IDataObject) => boolean,
): Promise<boolean> {
	const ids = new Set<string>();
	let pagesWithNews = 0;
	let pagesBehind = 0;
	for (let page = 0; ; page++) {
		const { records, more } = await feed.oldestFirst(from, page);
		let progress = false;
		let news = false;
		for (const record of records) {
			const id = feed.id(record);
			if (!ids.has(id)) progress = true;
			ids.add(id);
			if (visit(record)) news = true;
		}
		if (!more || records.length === 0 || !progress) return false;
		if (news) pagesWithNews++;
		else pagesBehind++;
		if (pagesWithNews >= caps.maxPages || pagesBehind >= caps.maxPagesBehind) return true;
	}
}
