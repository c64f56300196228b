import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { DEFAULT_LATE_MARGIN_MS } from './late';
import type { FeedPage, KeyedState, PollResult } from './state';

/**
 * New records by an integer id that only grows (transactions, say): the highest id seen, plus
 * the ids below it not seen yet (late commits), which is what keeps the state small: a few bytes
 * per missing id, none in a feed where ids show up in order.
 */

export interface IdFeed {
	/** Records newest (highest id) first; `page` counts from 0. `more`: whether a next page may hold more. */
	newestFirst(page: number): Promise<FeedPage>;
	/** The record's id as a number (ids are handed out growing). */
	id(record: IDataObject): number;
	/** When the record was created (epoch ms), when the list says: missing ids are given up by it. */
	createdAt?(record: IDataObject): number | undefined;
}

interface MaxIdState extends KeyedState {
	maxId?: number;
	/** Ids below `maxId` not seen yet, as distances below it (ascending); absent when none. */
	late?: number[];
}

export interface MaxIdPollOptions {
	key: string;
	/** Pages read per poll at most (default 50). */
	maxPages?: number;
	/**
	 * How long an id below the cursor that was not seen is waited for, in creation time: it is
	 * given up once the list shows records created this long after the record right above it
	 * (default 5 minutes).
	 */
	lateMarginMs?: number;
	/** How far below the cursor a missing id is waited for at most, in ids (default 1,000): the state's bound. */
	lateIds?: number;
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
 * New records by an integer id that grows: each poll reads newest first until it reaches the
 * highest id already seen, and emits what lies above it, oldest first. Ids are compared as
 * numbers. Ids are handed out when a record is written and become visible when it commits, so a
 * lower id can show up after higher ones were emitted: the ids the cursor passed without seeing
 * them are remembered, each poll reads back to the lowest of them, and one that shows up is
 * emitted (once) with the new records. A missing id is given up once the list holds records
 * created `lateMarginMs` after the record right above it (a rolled-back or deleted record), or
 * when it is `lateIds` below the cursor. A page shorter than asked does not end the walk (vendors
 * cap page sizes silently): only reaching the cursor (and the lowest missing id), an empty page
 * or the feed's end does; a page that brings no id not already read (a feed that ignores the page
 * parameter) stops it too. When the walk stops short of the cursor, the newest records are
 * emitted and the range it may have skipped is reported through `onGap`.
 */
export async function pollNewByMaxId(
	this: IPollFunctions,
	feed: IdFeed,
	options: MaxIdPollOptions,
): Promise<PollResult> {
	const maxPages = options.maxPages ?? 50;
	const margin = options.lateMarginMs ?? DEFAULT_LATE_MARGIN_MS;
	const lateIds = options.lateIds ?? 1000;
	const emit = options.emit ?? (() => true);
	if (this.getMode() === 'manual') {
		const { records } = await feed.newestFirst(0);
		const sample = records.find(emit);
		return sample ? [this.helpers.returnJsonArray([sample])] : null;
	}
	const state = this.getWorkflowStaticData('node') as MaxIdState;
	if (state.key !== options.key || typeof state.maxId !== 'number') {
		// Ids below the highest at activation are history, late or not: none is waited for.
		const { records } = await feed.newestFirst(0);
		state.key = options.key;
		state.maxId = records.reduce((max, record) => {
			const id = feed.id(record);
			return Number.isFinite(id) ? Math.max(max, id) : max;
		}, 0);
		delete state.late;
		return null;
	}
	const floor = state.maxId;
	const missing = new Set((Array.isArray(state.late) ? state.late : []).map((below) => floor - below));
	const bottom = missing.size ? Math.min(...missing) : floor;
	const fresh = new Map<number, IDataObject>();
	const arrived = new Map<number, IDataObject>();
	/** Creation time of every id read this poll (NaN when the list does not say). */
	const created = new Map<number, number>();
	let reachedFloor = false;
	let reachedBottom = false;
	let listEnded = false;
	for (let page = 0; page < maxPages; page++) {
		const { records, more } = await feed.newestFirst(page);
		let progress = false;
		for (const record of records) {
			const id = feed.id(record);
			if (!Number.isFinite(id) || created.has(id)) continue;
			progress = true;
			const time = feed.createdAt?.(record);
			created.set(id, typeof time === 'number' && Number.isFinite(time) ? time : NaN);
			if (id > floor) fresh.set(id, record);
			else if (missing.has(id)) arrived.set(id, record);
			if (id <= floor) reachedFloor = true;
			if (id <= bottom) reachedBottom = true;
		}
		if (!more || records.length === 0) listEnded = true;
		if (reachedBottom || listEnded || !progress) break;
	}
	if (!fresh.size && !arrived.size) return null;
	const ordered = [...fresh.keys()].sort((a, b) => a - b);
	const stoppedShort = !reachedFloor && !listEnded;
	if (stoppedShort && ordered.length && ordered[0] > floor + 1) options.onGap?.(floor + 1, ordered[0] - 1);
	const maxId = ordered.length ? ordered[ordered.length - 1] : floor;

	// Ids still missing: those waited for before, and those the new records passed over (only in
	// the range read: a range skipped at the page cap is reported, not waited for).
	const stillMissing = [...missing].filter((id) => !arrived.has(id));
	const passedFrom = stoppedShort ? (ordered[0] ?? maxId) : floor + 1;
	for (let id = Math.max(passedFrom, maxId - lateIds); id < maxId; id++) if (!created.has(id)) stillMissing.push(id);
	const readIds = [...created.keys()].sort((a, b) => a - b);
	const newest = Math.max(...[...created.values()].filter((time) => !Number.isNaN(time)));
	const given = (id: number) => {
		if (id < maxId - lateIds) return true;
		// The first record read above the missing one was created no earlier than it.
		const above = readIds.find((readId) => readId > id);
		const time = above === undefined ? NaN : (created.get(above) as number);
		return !Number.isNaN(time) && time < newest - margin;
	};
	const late = stillMissing.filter((id) => !given(id)).map((id) => maxId - id).sort((a, b) => a - b);
	state.maxId = maxId;
	if (late.length) state.late = late;
	else delete state.late;

	const emitted = [...arrived.entries(), ...fresh.entries()]
		.sort((a, b) => a[0] - b[0])
		.map(([, record]) => record)
		.filter(emit);
	return emitted.length ? [this.helpers.returnJsonArray(emitted)] : null;
}
