import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { fingerprint } from '../fingerprint';
import { DEFAULT_LATE_MARGIN_MS } from './late';
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
	 * When the record entered the state (epoch ms), when the list says (the list's order). With it
	 * a poll reads back `lateMarginMs` behind the newest entry time it saw before, so entries that
	 * share a time (a list's order among equal times is arbitrary, and may change between requests)
	 * or show up late cannot hide behind a page of known ones; and entries that entered before
	 * activation, or before that look-back, are never emitted.
	 */
	enteredAt?(record: IDataObject): number | undefined;
}

interface SeenState extends KeyedState {
	/** Fingerprints of the entries seen, the most recent first; never more than `remember`. */
	seen?: string[];
	/** The entry times of `seen`, in runs (see `encodeTimes`), for feeds that tell them. */
	times?: string;
	/** The newest entry time seen (epoch ms), for feeds that tell it. */
	since?: number;
	/**
	 * Entries that entered before this (epoch ms) are never emitted: the newest entry time at
	 * activation, raised when more entries than remembered share the look-back window.
	 */
	floor?: number;
}

export interface SeenPollOptions {
	key: string;
	/** Entries remembered at most (default 500): the state's bound. */
	remember?: number;
	/** Pages read per poll at most (default 10). */
	maxPages?: number;
	/** How far behind the newest entry time each poll reads again (default 5 minutes), for feeds that tell entry times. */
	lateMarginMs?: number;
	/** Which new entries are emitted; the others are remembered as seen all the same. */
	emit?: (record: IDataObject) => boolean;
	/** Called when a poll stopped with news still on its last page (a burst larger than it reads). */
	onGap?: () => void;
}

type Entry = { mark: string; time: number | undefined };

/**
 * Entry times of the remembered entries, stored apart from their fingerprints and compactly: runs
 * of equal times as `<how long before since it entered, ms in base 36>:<entries>`, comma-separated
 * (`~` for unknown), so a group of equal times costs a few bytes whatever its size.
 */
function encodeTimes(entries: Entry[], since: number | undefined): string | undefined {
	if (since === undefined || entries.every(({ time }) => time === undefined)) return undefined;
	const runs: Array<[string, number]> = [];
	for (const { time } of entries) {
		const label = time === undefined ? '~' : Math.max(0, since - time).toString(36);
		const last = runs[runs.length - 1];
		if (last && last[0] === label) last[1]++;
		else runs.push([label, 1]);
	}
	return runs.map(([label, count]) => `${label}:${count}`).join(',');
}

function decodeSeen(marks: string[], times: string | undefined, since: number | undefined): Entry[] {
	const expanded: Array<number | undefined> = [];
	if (typeof times === 'string' && since !== undefined) {
		for (const run of times.split(',')) {
			const [label, count] = run.split(':');
			const time = label === '~' ? undefined : since - parseInt(label, 36);
			for (let index = 0; index < Number(count); index++) expanded.push(Number.isFinite(time) ? time : undefined);
		}
	}
	return marks.map((mark, index) => ({ mark, time: expanded[index] }));
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
 * the list (most recent entries first) and emits the entries it has not seen, oldest first. The
 * state remembers at most `remember` entry fingerprints, the most recent first, so it stays
 * bounded. A page that brings no entry not already read this poll (a feed that ignores the page
 * parameter) ends the walk. A page is read in entry-time order, and at most `remember` entries of it.
 *
 * With entry times, each poll reads back to `lateMarginMs` behind the newest entry time it saw
 * before (the look-back) and de-duplicates by fingerprint, so an entry that shows up late, or that
 * a list serving equal times in a changing order left out of one poll, comes out (once) in a
 * later one. Only entries inside the look-back are emitted, and never one that entered before the
 * newest entry at activation: entries that leave the state (an invoice voided) let older ones move
 * up the list, and those are history. When more entries than remembered share the look-back, the
 * look-back shrinks to what is remembered (whole groups of equal times: the floor rises past the
 * time the bound cuts), so nothing comes out twice. Without entry times, a poll stops at the first
 * page that holds only entries already seen, and an entry that drops out of the remembered window
 * and reaches the top of the list again would be emitted again.
 */
export async function pollNewBySeenSet(
	this: IPollFunctions,
	feed: SeenFeed,
	options: SeenPollOptions,
): Promise<PollResult> {
	const remember = options.remember ?? 500;
	const maxPages = options.maxPages ?? 10;
	const margin = options.lateMarginMs ?? DEFAULT_LATE_MARGIN_MS;
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
	const floor = seeding ? undefined : state.floor;
	/** The oldest entry time that may still be emitted (the look-back), when entry times are known. */
	const low = since === undefined ? undefined : Math.max(floor ?? -Infinity, since - margin);
	const timeOf = (record: IDataObject) => {
		const time = feed.enteredAt?.(record);
		return typeof time === 'number' && Number.isFinite(time) ? time : undefined;
	};
	const current: Entry[] = [];
	const read = new Set<string>();
	const fresh: IDataObject[] = [];
	let newest = since;
	let news = 0;
	let stoppedWithNews = false;
	let pastBound = false;
	/** The newest entry time a page larger than the state left unread past the bound. */
	let beyondBound: number | undefined;
	/** Whether the walk reached the end of the list (or of the look-back), not a bound. */
	let walkEnded = false;
	// One entry more than remembered is read when there is one: it tells whether the look-back
	// holds more entries than the state can remember.
	for (let page = 0; page < maxPages && current.length <= remember; page++) {
		const { records: served, more } = await feed.newestFirst(page);
		// A page larger than the state (a list served whole, ignoring the page size) cannot be
		// remembered whole: only its newest `remember` entries are judged, else those past the bound
		// would be new on every poll. Newer ones left past it (a burst that large) are reported.
		const ordered = newestFirstByTime(served, timeOf);
		const records = ordered.slice(0, remember);
		const firstBeyond = ordered[remember] === undefined ? undefined : timeOf(ordered[remember]);
		if (firstBeyond !== undefined) beyondBound = Math.max(beyondBound ?? firstBeyond, firstBeyond);
		if (!seeding && low !== undefined) {
			pastBound ||= ordered.slice(remember).some((record) => {
				const time = timeOf(record);
				return time !== undefined && time >= low && !known.has(fingerprint(feed.id(record)));
			});
		}
		let pageNews = 0;
		let progress = false;
		for (const record of records) {
			const mark = fingerprint(feed.id(record));
			if (read.has(mark)) continue;
			read.add(mark);
			const time = timeOf(record);
			current.push({ mark, time });
			progress = true;
			if (time !== undefined) newest = Math.max(newest ?? time, time);
			// Older than the look-back: history (or later than the margin), never emitted.
			const tooOld = low !== undefined && time !== undefined && time < low;
			if (!known.has(mark) && !tooOld) {
				pageNews++;
				if (emit(record)) fresh.push(record);
			}
		}
		news += pageNews;
		stoppedWithNews = pageNews > 0;
		const lastTime = records.length ? timeOf(records[records.length - 1]) : undefined;
		const pastKnown = low !== undefined && lastTime !== undefined ? lastTime < low : pageNews === 0;
		if (!more || records.length === 0 || !progress || (!seeding && pastKnown)) {
			walkEnded = true;
			stoppedWithNews = false;
			break;
		}
	}
	if (!seeding) {
		if (stoppedWithNews || pastBound) options.onGap?.();
		if (!news) return null;
	}
	// What is remembered: the entries read now and those remembered before, most recent first.
	const remembered = seeding ? [] : decodeSeen(state.seen ?? [], state.times, since);
	const entries = [...current, ...remembered.filter(({ mark }) => !read.has(mark))];
	const ordered = entries.map((entry, index) => ({ ...entry, index })).sort((a, b) => (b.time ?? -Infinity) - (a.time ?? -Infinity) || a.index - b.index);
	let nextFloor = seeding ? newest : floor;
	let raised = false;
	if (newest !== undefined) {
		// More entries inside the look-back than the state remembers (or a page larger than it): the
		// whole group of equal times at the bound is left out and the floor rises past it, so no
		// entry there can come out again, whatever order the list serves equal times in.
		const nextLow = Math.max(nextFloor ?? -Infinity, newest - margin);
		let cut = Math.max(ordered[remember]?.time ?? -Infinity, beyondBound ?? -Infinity);
		// Activation stopped at a bound inside the newest group of equal times: the rest of it is history.
		if (seeding && !walkEnded && current.length && current[current.length - 1].time === newest) cut = Math.max(cut, newest);
		if (cut >= nextLow) {
			nextFloor = cut + 1;
			raised = true;
		}
	}
	// Entries older than the floor cannot come out again, but a list by last change (not by entry)
	// can bring one back to the top: they stay remembered while there is room.
	const kept = (raised && !seeding ? ordered.filter(({ time }) => time === undefined || time >= (nextFloor as number)) : ordered).slice(0, remember);
	state.key = options.key;
	state.seen = kept.map(({ mark }) => mark);
	const keptTimes = encodeTimes(kept, newest);
	if (keptTimes === undefined) delete state.times;
	else state.times = keptTimes;
	if (newest !== undefined) state.since = newest;
	if (nextFloor !== undefined) state.floor = nextFloor;
	if (seeding) return null;
	if (!fresh.length) return null;
	// Oldest first: by entry time when every entry tells it (a late one may be read on a later page).
	const oldestFirst = fresh.reverse();
	const times = oldestFirst.map(timeOf);
	const byTime = times.every((time) => time !== undefined)
		? oldestFirst.map((record, index) => ({ record, index })).sort((a, b) => (times[a.index] as number) - (times[b.index] as number) || a.index - b.index).map(({ record }) => record)
		: oldestFirst;
	return [this.helpers.returnJsonArray(byTime)];
}
