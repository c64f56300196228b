import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

/**
 * Poll state for triggers, in `getWorkflowStaticData('node')`.
 *
 * n8n 2.40 persists static data when a poll emits and after an activation; changes made by a
 * poll that returns null are lost on the next reload. So state is written only when emitting,
 * or when seeding (which happens in the activation poll). A poll that finds nothing new
 * leaves the state exactly as it found it.
 *
 * The state is keyed by the trigger's event and filters: changing them re-seeds.
 */

export const EPOCH = '1970-01-01T00:00:00';

/** A timestamp as `YYYY-MM-DDTHH:mm:ss` in UTC; zone-less input is taken as UTC. */
export function toUtcSecond(value: unknown): string {
	const text = String(value ?? '').trim();
	const zoned = /(Z|[+-]\d{2}:?\d{2})$/i.test(text);
	const millis = Date.parse(zoned ? text : `${text}Z`);
	if (Number.isNaN(millis)) return EPOCH;
	return new Date(millis).toISOString().slice(0, 19);
}

export interface TimestampFeed {
	/** The newest records, newest first. */
	newest(limit: number): Promise<IDataObject[]>;
	/** Records created at or after `since` (a UTC second), oldest first; `page` counts from 0. */
	since(since: string, page: number): Promise<{ records: IDataObject[]; more: boolean }>;
	id(record: IDataObject): string;
	time(record: IDataObject): unknown;
}

interface TimestampState {
	key?: string;
	cursor?: string;
	/** Ids already emitted (or present at seeding) whose timestamp is the cursor second. */
	ids?: string[];
}

export interface PollOptions {
	key: string;
	/** Pages read per poll; the rest comes next poll. */
	maxPages?: number;
}

const DEFAULT_MAX_PAGES = 20;

async function idsAtSecond(feed: TimestampFeed, second: string, maxPages: number): Promise<string[]> {
	const ids: string[] = [];
	for (let page = 0; page < maxPages; page++) {
		const { records, more } = await feed.since(second, page);
		for (const record of records) {
			if (toUtcSecond(feed.time(record)) === second) ids.push(feed.id(record));
		}
		const last = records[records.length - 1];
		if (!more || !last || toUtcSecond(feed.time(last)) !== second) break;
	}
	return ids;
}

/**
 * New records by creation time, de-duplicated by id at the cursor second (the vendor's timestamps
 * are to the second, so `>= cursor` re-reads that second and the id list drops what was emitted).
 */
export async function pollNewByTimestamp(
	this: IPollFunctions,
	feed: TimestampFeed,
	options: PollOptions,
): Promise<INodeExecutionData[][] | null> {
	const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;

	if (this.getMode() === 'manual') {
		const sample = await feed.newest(1);
		return sample.length ? [this.helpers.returnJsonArray(sample)] : null;
	}

	const state = this.getWorkflowStaticData('node') as TimestampState;
	if (state.key !== options.key || state.cursor === undefined) {
		const [newest] = await feed.newest(1);
		const cursor = newest ? toUtcSecond(feed.time(newest)) : EPOCH;
		state.key = options.key;
		state.cursor = cursor;
		state.ids = newest ? await idsAtSecond(feed, cursor, maxPages) : [];
		return null;
	}

	const cursor = state.cursor;
	const known = new Set(state.ids ?? []);
	const fresh: IDataObject[] = [];
	// Pages holding only records already emitted (a same-second burst) do not count toward the
	// cap; there can be no more of them than ids already known, which bounds a feed that repeats.
	const knownOnlyPageLimit = known.size;
	for (let page = 0, pagesWithNews = 0, knownOnlyPages = 0; pagesWithNews < maxPages; page++) {
		const { records, more } = await feed.since(cursor, page);
		const before = fresh.length;
		for (const record of records) {
			const id = feed.id(record);
			const second = toUtcSecond(feed.time(record));
			if (second < cursor || known.has(id)) continue;
			known.add(id);
			fresh.push(record);
		}
		if (fresh.length > before) pagesWithNews++;
		else knownOnlyPages++;
		if (!more || records.length === 0 || knownOnlyPages > knownOnlyPageLimit) break;
	}
	if (!fresh.length) return null;

	let newCursor = cursor;
	for (const record of fresh) {
		const second = toUtcSecond(feed.time(record));
		if (second > newCursor) newCursor = second;
	}
	const atNewCursor = fresh
		.filter((record) => toUtcSecond(feed.time(record)) === newCursor)
		.map((record) => feed.id(record));
	state.ids = newCursor === cursor ? [...(state.ids ?? []), ...atNewCursor] : atNewCursor;
	state.cursor = newCursor;
	return [this.helpers.returnJsonArray(fresh)];
}

/** 32-bit FNV-1a in base 36: a short fingerprint for snapshot state. */
export function fingerprint(text: string): string {
	let hash = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) {
		hash ^= text.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(36);
}

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
