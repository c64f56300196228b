import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { fingerprint } from './fingerprint';

export { fingerprint };

/**
 * Poll state for triggers, in `getWorkflowStaticData('node')`, one strategy per kind of feed.
 *
 * n8n 2.40 persists static data when a poll emits and after an activation; changes made by a
 * poll that returns null are lost on the next reload. So state is written only when emitting,
 * or when seeding (which happens in the activation poll); a poll that finds nothing new leaves
 * the state exactly as it found it, and a failed poll throws before touching it. Manual runs
 * ("Fetch Test Event") return a sample and never touch the state.
 *
 * The state is keyed by the trigger's event and filters: changing them re-seeds.
 */

// ---------------------------------------------------------------------------------------------
// Timestamps

/** How a vendor writes the timestamps its list endpoints return and filter on. */
export interface TimeCodec {
	/** Epoch milliseconds of a vendor timestamp; undefined when missing or unreadable. */
	parse(value: unknown): number | undefined;
	/** The vendor's representation of an instant, as its list filter takes it. */
	format(millis: number): string;
}

/**
 * ISO-8601 timestamps. Values without a zone are read in `zonelessAs` (the vendor's server
 * time, UTC for most); `format` writes `YYYY-MM-DDTHH:mm:ss`, with `Z` unless `writeZone` is off.
 */
export function isoTimestamps(options: { zonelessAs: 'utc'; writeZone: boolean }): TimeCodec {
	return {
		parse(value) {
			if (typeof value !== 'string' || value.trim() === '') return undefined;
			const text = value.trim().replace(' ', 'T');
			const zoned = /(Z|[+-]\d{2}:?\d{2})$/i.test(text);
			const millis = Date.parse(zoned || options.zonelessAs !== 'utc' ? text : `${text}Z`);
			return Number.isNaN(millis) ? undefined : millis;
		},
		format(millis) {
			const second = new Date(millis).toISOString().slice(0, 19);
			return options.writeZone ? `${second}Z` : second;
		},
	};
}

/** Timestamps as epoch milliseconds (numbers or numeric strings). */
export const epochMillis: TimeCodec = {
	parse(value) {
		const millis = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
		return Number.isFinite(millis) && millis > 0 ? millis : undefined;
	},
	format: (millis) => String(Math.floor(millis)),
};

// ---------------------------------------------------------------------------------------------
// New records by creation time, with a look-back window

export interface TimestampFeed {
	/** The newest records, newest first. */
	newest(limit: number): Promise<IDataObject[]>;
	/** Records created at or after `since` (in the vendor's representation), oldest first; `page` counts from 0. */
	since(since: string, page: number): Promise<{ records: IDataObject[]; more: boolean }>;
	id(record: IDataObject): string;
	time(record: IDataObject): unknown;
}

interface TimestampState {
	key?: string;
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
): Promise<INodeExecutionData[][] | null> {
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

// ---------------------------------------------------------------------------------------------
// New records by an id that only grows

export interface IdFeed {
	/** Records newest (highest id) first; `page` counts from 0. `more`: whether a next page may hold more. */
	newestFirst(page: number): Promise<{ records: IDataObject[]; more: boolean }>;
	/** The record's id as a number (ids only grow). */
	id(record: IDataObject): number;
}

interface MaxIdState {
	key?: string;
	maxId?: number;
}

export interface MaxIdPollOptions {
	key: string;
	/** Pages read per poll at most (default 50). */
	maxPages?: number;
	/**
	 * Ids that may have been skipped: the poll stopped before reaching the cursor because it hit the
	 * page cap, or because the feed served a page again (it ignores the page parameter).
	 */
	onGap?: (from: number, to: number) => void;
	/**
	 * Which new records are emitted (e.g. failed payments only). The cursor moves past every new
	 * record; when none of them is emitted the moved cursor lives in memory until the next
	 * emission persists it, and after a reload the same records are read and skipped again.
	 */
	emit?: (record: IDataObject) => boolean;
}

/**
 * New records by an integer id that only grows: each poll reads newest first until it reaches
 * the highest id already seen, and emits what lies above it, oldest first. Ids are compared as
 * numbers. A page shorter than asked does not end the walk (vendors cap page sizes silently):
 * only reaching the cursor, an empty page or the feed's end does; a page that brings no id not
 * already read (a feed that ignores the page parameter) stops it too. When the walk stops short
 * of the cursor, the newest records are emitted and the range it may have skipped is reported
 * through `onGap`.
 */
export async function pollNewByMaxId(
	this: IPollFunctions,
	feed: IdFeed,
	options: MaxIdPollOptions,
): Promise<INodeExecutionData[][] | null> {
	const maxPages = options.maxPages ?? 50;
	const emit = options.emit ?? (() => true);
	if (this.getMode() === 'manual') {
		const { records } = await feed.newestFirst(0);
		const sample = records.find(emit);
		return sample ? [this.helpers.returnJsonArray([sample])] : null;
	}
	const state = this.getWorkflowStaticData('node') as MaxIdState;
	if (state.key !== options.key || typeof state.maxId !== 'number') {
		const { records } = await feed.newestFirst(0);
		state.key = options.key;
		state.maxId = records.reduce((max, record) => {
			const id = feed.id(record);
			return Number.isFinite(id) ? Math.max(max, id) : max;
		}, 0);
		return null;
	}
	const floor = state.maxId;
	const fresh = new Map<number, IDataObject>();
	let reachedFloor = false;
	let listEnded = false;
	for (let page = 0; page < maxPages; page++) {
		const { records, more } = await feed.newestFirst(page);
		let progress = false;
		for (const record of records) {
			const id = feed.id(record);
			if (!Number.isFinite(id)) continue;
			if (id <= floor) reachedFloor = true;
			else if (!fresh.has(id)) {
				fresh.set(id, record);
				progress = true;
			}
		}
		if (!more || records.length === 0) listEnded = true;
		if (reachedFloor || listEnded || !progress) break;
	}
	if (!fresh.size) return null;
	const ordered = [...fresh.entries()].sort((a, b) => a[0] - b[0]);
	if (!reachedFloor && !listEnded && ordered[0][0] > floor + 1) options.onGap?.(floor + 1, ordered[0][0] - 1);
	state.maxId = ordered[ordered.length - 1][0];
	const emitted = ordered.map(([, record]) => record).filter(emit);
	return emitted.length ? [this.helpers.returnJsonArray(emitted)] : null;
}

// ---------------------------------------------------------------------------------------------
// Records that entered a state: a bounded set of ids already seen

export interface SeenFeed {
	/** Records currently in the state, the most recent entries first; `page` counts from 0. */
	newestFirst(page: number): Promise<{ records: IDataObject[]; more: boolean }>;
	/**
	 * What identifies one entry into the state: the record's id, or its id with the time it
	 * entered (so a record that leaves the state and enters it again counts again).
	 */
	id(record: IDataObject): string;
	/**
	 * When the record entered the state (epoch ms), when the list says. With it a poll reads until
	 * it is past the newest entry time it saw before, so entries that share that time (a list's
	 * order among equal times is arbitrary) cannot hide behind a page of known ones.
	 */
	enteredAt?(record: IDataObject): number | undefined;
}

interface SeenState {
	key?: string;
	/** Fingerprints of the entries seen, the most recent first; never more than `remember`. */
	seen?: string[];
	/** The newest entry time seen (epoch ms), for feeds that tell it. */
	since?: number;
}

export interface SeenPollOptions {
	key: string;
	/** Entries remembered at most (default 500): the state's bound. */
	remember?: number;
	/** Pages read per poll at most (default 10). */
	maxPages?: number;
	/** Which new entries are emitted; the others are remembered as seen all the same. */
	emit?: (record: IDataObject) => boolean;
	/** Called when a poll stopped with news still on its last page (a burst larger than it reads). */
	onGap?: () => void;
}

/** A page in entry-time order, newest first, when every entry tells its time; else as served. */
function newestFirstByTime(records: IDataObject[], timeOf: (record: IDataObject) => number | undefined): IDataObject[] {
	const times = records.map(timeOf);
	if (times.some((time) => time === undefined)) return records;
	return records
		.map((record, index) => ({ record, time: times[index] as number, index }))
		.sort((a, b) => b.time - a.time || a.index - b.index)
		.map(({ record }) => record);
}

/**
 * Records that entered a state after they were created (an invoice that became paid, a bill run
 * that completed), so neither their id nor their creation time says they are new. Each poll reads
 * the list (most recent entries first) and emits the entries it has not seen, oldest first. It
 * stops at the first page older than the newest entry time it saw before (when the feed tells
 * entry times), else at the first page that holds only entries already seen. The state remembers
 * at most `remember` entry fingerprints, the most recent first, so it stays bounded; an entry that
 * drops out of the remembered window and later reaches the top of the list again would be emitted
 * again. A page that brings no entry not already read this poll (a feed that ignores the page
 * parameter) ends the walk. A page is read in entry-time order, and at most `remember` entries of it.
 */
export async function pollNewBySeenSet(
	this: IPollFunctions,
	feed: SeenFeed,
	options: SeenPollOptions,
): Promise<INodeExecutionData[][] | null> {
	const remember = options.remember ?? 500;
	const maxPages = options.maxPages ?? 10;
	const emit = options.emit ?? (() => true);
	if (this.getMode() === 'manual') {
		const { records } = await feed.newestFirst(0);
		const sample = records.find(emit);
		return sample ? [this.helpers.returnJsonArray([sample])] : null;
	}
	const state = this.getWorkflowStaticData('node') as SeenState;
	const seeding = state.key !== options.key || !Array.isArray(state.seen);
	const known = new Set(seeding ? [] : state.seen);
	const since = seeding ? undefined : state.since;
	const timeOf = (record: IDataObject) => {
		const time = feed.enteredAt?.(record);
		return typeof time === 'number' && Number.isFinite(time) ? time : undefined;
	};
	const current: string[] = [];
	const read = new Set<string>();
	const fresh: IDataObject[] = [];
	let newest = since;
	let news = 0;
	let stoppedWithNews = false;
	let pastBound = false;
	for (let page = 0; page < maxPages && current.length < remember; page++) {
		const { records: served, more } = await feed.newestFirst(page);
		// A page larger than the state (a list served whole, ignoring the page size) cannot be
		// remembered whole: only its newest `remember` entries are judged, else those past the bound
		// would be new on every poll. Newer ones left past it (a burst that large) are reported.
		const ordered = newestFirstByTime(served, timeOf);
		const records = ordered.slice(0, remember);
		if (!seeding && since !== undefined) {
			pastBound ||= ordered.slice(remember).some((record) => {
				const time = timeOf(record);
				return time !== undefined && time >= since && !known.has(fingerprint(feed.id(record)));
			});
		}
		let pageNews = 0;
		let progress = false;
		for (const record of records) {
			const mark = fingerprint(feed.id(record));
			if (read.has(mark)) continue;
			read.add(mark);
			current.push(mark);
			progress = true;
			const time = timeOf(record);
			if (time !== undefined) newest = Math.max(newest ?? time, time);
			if (!known.has(mark)) {
				pageNews++;
				if (emit(record)) fresh.push(record);
			}
		}
		news += pageNews;
		stoppedWithNews = pageNews > 0;
		const lastTime = records.length ? timeOf(records[records.length - 1]) : undefined;
		const pastKnown = since !== undefined && lastTime !== undefined ? lastTime < since : pageNews === 0;
		if (!more || records.length === 0 || !progress || (!seeding && pastKnown)) {
			stoppedWithNews = false;
			break;
		}
	}
	if (seeding) {
		state.key = options.key;
		state.seen = current.slice(0, remember);
		if (newest !== undefined) state.since = newest;
		return null;
	}
	if (stoppedWithNews || pastBound) options.onGap?.();
	if (!news) return null;
	const merged = [...current, ...(state.seen ?? []).filter((mark) => !read.has(mark))];
	state.seen = merged.slice(0, remember);
	if (newest !== undefined) state.since = newest;
	return fresh.length ? [this.helpers.returnJsonArray(fresh.reverse())] : null;
}

// ---------------------------------------------------------------------------------------------
// Watched values: counters and flags that change

export type WatchedKind = 'number' | 'boolean' | 'time' | 'text';

export interface WatchedField {
	name: string;
	kind: WatchedKind;
}

export interface Watched {
	/** The watched thing's id (a lead id, or one fixed id for an account). */
	id: string;
	/** Its values now; `null` when it gave none this poll (e.g. not found yet): its baseline stays. */
	values: IDataObject | null;
}

type Answered = Watched & { values: IDataObject };

interface ChangeState {
	key?: string;
	/** Fingerprint of each watched id → its values, encoded compactly (see `encodeValues`). */
	values?: Record<string, string>;
}

function encodeValue(kind: WatchedKind, value: unknown): string {
	if (value === null || value === undefined) return '~';
	switch (kind) {
		case 'number':
			return String(Number(value));
		case 'boolean':
			return value ? '1' : '0';
		case 'time': {
			const millis = Date.parse(String(value));
			return Number.isNaN(millis) ? `!${String(value).replace(/\|/g, '')}` : millis.toString(36);
		}
		default:
			return `!${String(value).replace(/\|/g, '')}`;
	}
}

function decodeValue(kind: WatchedKind, text: string): unknown {
	if (text === '~') return null;
	if (text.startsWith('!')) return text.slice(1);
	switch (kind) {
		case 'number':
			return Number(text);
		case 'boolean':
			return text === '1';
		case 'time':
			return new Date(parseInt(text, 36)).toISOString();
		default:
			return text;
	}
}

export function encodeValues(fields: WatchedField[], values: IDataObject): string {
	return fields.map((field) => encodeValue(field.kind, values[field.name])).join('|');
}

export function decodeValues(fields: WatchedField[], encoded: string): IDataObject {
	const parts = encoded.split('|');
	return Object.fromEntries(
		fields.map((field, index) => [field.name, decodeValue(field.kind, parts[index] ?? '~')]),
	) as IDataObject;
}

export interface ChangePollOptions {
	key: string;
	fields: WatchedField[];
	/**
	 * The current values of everything watched (`null` values for a thing that gave none this poll).
	 * A failure throws, leaving the state as it was.
	 */
	read(): Promise<Watched[]>;
	/** Whether a change of one thing is worth an item (e.g. only when a counter grew). */
	worthEmitting(previous: IDataObject, current: IDataObject): boolean;
	/** The item for one change. */
	item(id: string, previous: IDataObject, current: IDataObject): IDataObject;
	/** Manual runs: the item for the current values, with no previous ones. */
	sample(watched: Answered): IDataObject;
}

/**
 * Values that change (statistics counters, flags): the values at the last poll are the baseline
 * (taken at activation), and a poll emits one item per watched thing whose values moved from it
 * in a way worth emitting. Things new to the watch list get a baseline of their own and emit
 * nothing; things removed from it are forgotten. Values are stored compactly (a few bytes per
 * field) under a fingerprint of the id. A failed read throws before the state is touched.
 */
export async function pollValueChanges(this: IPollFunctions, options: ChangePollOptions): Promise<INodeExecutionData[][] | null> {
	const read = await options.read();
	const current = read.filter((watched): watched is Answered => watched.values !== null);
	if (this.getMode() === 'manual') {
		return current.length ? [this.helpers.returnJsonArray(current.map((watched) => options.sample(watched)))] : null;
	}
	const state = this.getWorkflowStaticData('node') as ChangeState;
	const seeding = state.key !== options.key || !state.values;
	const previous = seeding ? {} : (state.values as Record<string, string>);
	const next: Record<string, string> = {};
	const items: IDataObject[] = [];
	for (const unanswered of read.filter((watched) => watched.values === null)) {
		const mark = fingerprint(unanswered.id);
		if (previous[mark] !== undefined) next[mark] = previous[mark];
	}
	for (const watched of current) {
		const mark = fingerprint(watched.id);
		const encoded = encodeValues(options.fields, watched.values);
		const before = previous[mark];
		if (before === undefined || before === encoded) {
			next[mark] = encoded;
			continue;
		}
		const earlier = decodeValues(options.fields, before);
		const now = decodeValues(options.fields, encoded);
		if (options.worthEmitting(earlier, now)) items.push(options.item(watched.id, earlier, now));
		next[mark] = encoded;
	}
	// Changes not worth an item (a counter reset, a new lead on the list) move the baseline too;
	// n8n keeps them in memory and stores them with the next emission.
	if (seeding || JSON.stringify(next) !== JSON.stringify(previous)) {
		state.key = options.key;
		state.values = next;
	}
	return items.length ? [this.helpers.returnJsonArray(items)] : null;
}

// ---------------------------------------------------------------------------------------------
// Snapshot diff

interface SnapshotState {
	key?: string;
	seen?: string[];
}

export interface SnapshotOptions {
	key: string;
	/** The identity of a record; records whose identity was not in the last snapshot are new. */
	identity: (record: IDataObject) => string;
}

/**
 * For endpoints with no creation time: diff the current list against fingerprints of the list
 * as it stood at the last emission (or at seeding).
 */
export async function pollNewBySnapshot(
	this: IPollFunctions,
	fetchAll: () => Promise<IDataObject[]>,
	options: SnapshotOptions,
): Promise<INodeExecutionData[][] | null> {
	const records = await fetchAll();
	if (this.getMode() === 'manual') {
		return records.length ? [this.helpers.returnJsonArray(records.slice(0, 1))] : null;
	}
	const current = records.map((record) => fingerprint(options.identity(record)));
	const state = this.getWorkflowStaticData('node') as SnapshotState;
	if (state.key !== options.key || state.seen === undefined) {
		state.key = options.key;
		state.seen = [...new Set(current)];
		return null;
	}
	const seen = new Set(state.seen);
	const fresh = records.filter((_, index) => !seen.has(current[index]));
	if (!fresh.length) return null;
	state.seen = [...new Set(current)];
	return [this.helpers.returnJsonArray(fresh)];
}
