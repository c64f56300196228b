import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { fingerprint } from '../fingerprint';
import type { FeedPage, KeyedState, PollResult } from './state';

/**
 * Records that entered a state (an invoice that became paid): neither their id nor their
 * creation time says they are new, so the state is a bounded set of fingerprints of the entries
 * already seen.
 */

export interface SeenFeed {
	/** Records currently in the state, the most recent entries first; `page` counts from 0. */
	newestFirst(page: number): Promise<FeedPage>;
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

interface SeenState extends KeyedState {
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
): Promise<PollResult> {
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
