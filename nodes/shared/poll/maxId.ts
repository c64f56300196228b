import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import type { FeedPage, KeyedState, PollResult } from './state';

/**
 * New records by an integer id that only grows (transactions, say): the highest id seen is the
 * whole state, so it stays a single number however busy the feed.
 */

export interface IdFeed {
	/** Records newest (highest id) first; `page` counts from 0. `more`: whether a next page may hold more. */
	newestFirst(page: number): Promise<FeedPage>;
	/** The record's id as a number (ids only grow). */
	id(record: IDataObject): number;
}

interface MaxIdState extends KeyedState {
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
): Promise<PollResult> {
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
