/**
 * The feed adapters the poll strategies take pages from: keyset pages (cursor from the previous
 * page's last record), whole lists served newest first by time, and reading every page with a cap.
 */
import type { IDataObject } from 'n8n-workflow';
import { epochMillis, fieldOf, keysetPages, readAllPages, timeField, timeUuidAt, timeUuids, wholeListNewestFirst } from '../../nodes/shared/poll';

/** A list keyed by `key`, served after the cursor, `size` a page. */
function keyedList(keys: string[], size: number, ignoreCursor = false) {
	const asked: Array<string | undefined> = [];
	const fetch = async (cursor: string | undefined) => {
		asked.push(cursor);
		const start = cursor === undefined || ignoreCursor ? 0 : keys.indexOf(cursor) + 1;
		return keys.slice(start, start + size).map((key) => ({ key }));
	};
	return { asked, pages: keysetPages(fetch, (last) => String(last.key), size) };
}

describe('feed adapters', () => {
	it('keyset pages take the cursor from the last record and end on a short page', async () => {
		const { asked, pages } = keyedList(['a', 'b', 'c', 'd', 'e'], 2);
		const all = await readAllPages(pages, 10);
		expect(all.map((record) => record.key)).toEqual(['a', 'b', 'c', 'd', 'e']);
		expect(asked).toEqual([undefined, 'b', 'd']);
	});

	it('a full last page asks once more and ends on the empty one', async () => {
		const { asked, pages } = keyedList(['a', 'b', 'c', 'd'], 2);
		expect((await readAllPages(pages, 10)).length).toBe(4);
		expect(asked).toEqual([undefined, 'b', 'd']);
	});

	it('a list that ignores the cursor ends when the cursor does not move, and page 0 restarts the walk', async () => {
		const { asked, pages } = keyedList(['a', 'b', 'c'], 2, true);
		expect((await pages(0)).more).toBe(true);
		expect(await pages(1)).toEqual({ records: [{ key: 'a' }, { key: 'b' }], more: false });
		await pages(0);
		expect(asked).toEqual([undefined, 'b', undefined]);
		await expect(pages(2)).rejects.toThrow('read in order');
	});

	it('readAllPages stops at its cap and says so', async () => {
		const { pages } = keyedList(Array.from({ length: 30 }, (_, index) => `k${String(index).padStart(2, '0')}`), 5);
		let capped = 0;
		expect((await readAllPages(pages, 3, () => capped++)).length).toBe(15);
		expect(capped).toBe(1);
	});

	it('whole lists come newest first by time, records without a time last in list order', async () => {
		const records: IDataObject[] = [
			{ id: 'old', created: timeUuidAt(1000) },
			{ id: 'none' },
			{ id: 'new', created: timeUuidAt(3000) },
			{ id: 'mid', created: timeUuidAt(2000) },
			{ id: 'bad', created: 'not-a-uuid' },
		];
		const pages = wholeListNewestFirst(async () => records, timeField('created', timeUuids));
		expect((await pages(0)).records.map((record) => record.id)).toEqual(['new', 'mid', 'old', 'none', 'bad']);
		expect(await pages(1)).toEqual({ records: [], more: false });
	});

	it('fields by dotted path, times by codec', () => {
		const record = { event: { time: 1610236758033, messageId: timeUuidAt(1610236758033) }, list: null };
		expect(fieldOf(record, 'event.time')).toBe(1610236758033);
		expect(fieldOf(record, 'list.x')).toBeUndefined();
		expect(timeField('event.time', epochMillis)(record)).toBe(1610236758033);
		expect(timeField('event.messageId', timeUuids)(record)).toBe(1610236758033);
	});
});
