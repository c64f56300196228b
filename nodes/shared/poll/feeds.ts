import type { IDataObject } from 'n8n-workflow';
import type { FeedPage } from './state';
import type { TimeCodec } from './time';

/**
 * Adapters between how a list pages and what a poll strategy asks for (`page` = 0, 1, 2, … in
 * order), configured by field names, so a trigger only says which request serves a page.
 */

/** A field of a record by dotted path (`event.messageId`). */
export function fieldOf(record: IDataObject, path: string): unknown {
	let value: unknown = record;
	for (const name of path.split('.')) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as IDataObject)[name];
	}
	return value;
}

/** A record's time (epoch ms) read from a field with a codec (epoch ms, time-UUID, ISO): undefined when missing or unreadable. */
export function timeField(path: string, codec: TimeCodec): (record: IDataObject) => number | undefined {
	return (record) => codec.parse(fieldOf(record, path));
}

/**
 * Keyset pages (`lastTime`, `lastId`, `lastCallSid`, `nextKey`): each page asks for the records
 * after the cursor taken from the last record of the page before. `fetch(undefined)` is the first
 * page. A page shorter than `pageSize` ends the list, and so does a cursor that does not move (a
 * list that ignores it). Pages must be asked in order (0 restarts the walk).
 */
export function keysetPages(
	fetch: (cursor: string | undefined) => Promise<IDataObject[]>,
	cursorOf: (last: IDataObject) => string | undefined,
	pageSize: number,
): (page: number) => Promise<FeedPage> {
	let cursor: string | undefined;
	let next = 0;
	return async (page) => {
		if (page === 0) {
			cursor = undefined;
			next = 0;
		}
		if (page !== next) throw new Error(`keyset pages are read in order: asked ${page}, next is ${next}`);
		const records = await fetch(cursor);
		next++;
		const last = records[records.length - 1];
		const moved = last === undefined ? undefined : cursorOf(last);
		const more = records.length >= pageSize && moved !== undefined && moved !== cursor;
		cursor = moved;
		return { records, more };
	};
}

/**
 * A list not ordered by time (contacts, numbers by phone number), read whole and served as one
 * page, newest first by `time`: records without a time go last, in the list's order.
 */
export function wholeListNewestFirst(
	readAll: () => Promise<IDataObject[]>,
	time: (record: IDataObject) => number | undefined,
): (page: number) => Promise<FeedPage> {
	return async (page) => {
		if (page > 0) return { records: [], more: false };
		const records = await readAll();
		const ordered = records
			.map((record, index) => ({ record, index, time: time(record) ?? -Infinity }))
			.sort((a, b) => b.time - a.time || a.index - b.index)
			.map(({ record }) => record);
		return { records: ordered, more: false };
	};
}

/** Every page of a list, for `wholeListNewestFirst`; stops at `maxPages` (reported through `onCap`) so a list that never ends cannot hold a poll. */
export async function readAllPages(pages: (page: number) => Promise<FeedPage>, maxPages: number, onCap?: () => void): Promise<IDataObject[]> {
	const all: IDataObject[] = [];
	for (let page = 0; page < maxPages; page++) {
		const { records, more } = await pages(page);
		all.push(...records);
		if (!more || records.length === 0) return all;
	}
	onCap?.();
	return all;
}
