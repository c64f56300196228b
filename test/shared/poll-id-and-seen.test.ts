/**
 * The max-id and seen-set poll strategies under PollContext with tiny triggers over in-memory
 * lists: paging back to the cursor, short and repeated pages, the page cap, the emit filter,
 * failed polls, manual runs, and the seen-set's bound.
 */
import { NodeConnectionTypes, type IDataObject, type INodeType, type INodeTypeDescription, type IPollFunctions } from 'n8n-workflow';
import { pollNewByMaxId, pollNewBySeenSet } from '../../nodes/shared/poll';
import { PollHarness, testNode } from '../helpers/engine';

/** The remote list, newest first, and how it pages. */
const remote = {
	records: [] as IDataObject[],
	pageSize: 5,
	/** Serves at most this many records a page, whatever is asked. */
	cap: undefined as number | undefined,
	ignorePage: false,
	/** Serves the whole list in one answer, whatever the page size (as lists with no paging do). */
	whole: false,
	failNext: false,
	reads: 0,
	/** Serves records with equal `at` in a new random order on every request (as databases may). */
	shuffleTies: false,
};

/** A seeded generator, so the orders the shuffled list serves are the same on every run. */
let tieSeed = 7;
function tieRandom() {
	tieSeed = (tieSeed * 1103515245 + 12345) % 2147483648;
	return tieSeed / 2147483648;
}

function page(index: number) {
	remote.reads++;
	if (remote.failNext) {
		remote.failNext = false;
		throw new Error('remote failed');
	}
	const listed = remote.shuffleTies
		? remote.records
				.map((record) => ({ record, tie: tieRandom() }))
				.sort((a, b) => Number(b.record.at) - Number(a.record.at) || a.tie - b.tie)
				.map(({ record }) => record)
		: remote.records;
	if (remote.whole) return { records: [...listed], more: false };
	const size = Math.min(remote.pageSize, remote.cap ?? Infinity);
	const start = (remote.ignorePage ? 0 : index) * size;
	const records = listed.slice(start, start + size);
	return { records, more: records.length > 0 };
}

const gaps: Array<[number, number] | 'seen'> = [];

function triggerType(strategy: 'maxId' | 'seen'): INodeType {
	const description: INodeTypeDescription = {
		displayName: 'Strategy Trigger',
		name: 'strategyTrigger',
		group: ['trigger'],
		version: 1,
		description: 'test',
		defaults: { name: 'Strategy Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [
			{ displayName: 'Only Even', name: 'onlyEven', type: 'boolean', default: false },
			{ displayName: 'Max Pages', name: 'maxPages', type: 'number', default: 50 },
			{ displayName: 'Remember', name: 'remember', type: 'number', default: 500 },
			{ displayName: 'Timed', name: 'timed', type: 'boolean', default: false },
		],
	};
	return {
		description,
		async poll(this: IPollFunctions) {
			const onlyEven = this.getNodeParameter('onlyEven') === true;
			const maxPages = this.getNodeParameter('maxPages') as number;
			const emit = onlyEven ? (record: IDataObject) => Number(record.id) % 2 === 0 : undefined;
			const newestFirst = async (index: number) => page(index);
			if (strategy === 'maxId') {
				// Records that tell their creation time (`at`) let the cursor forget late ids by it.
				const idFeed = { newestFirst, id: (record: IDataObject) => Number(record.id), createdAt: (record: IDataObject) => record.at as number | undefined };
				return await pollNewByMaxId.call(this, idFeed, {
					key: 'list',
					maxPages,
					emit,
					onGap: (from, to) => gaps.push([from, to]),
				});
			}
			const timed = this.getNodeParameter('timed') === true;
			const feed = { newestFirst, id: (record: IDataObject) => String(record.id) };
			return await pollNewBySeenSet.call(this, timed ? { ...feed, enteredAt: (record: IDataObject) => record.at as number } : feed, {
				key: 'list',
				maxPages,
				remember: this.getNodeParameter('remember') as number,
				emit,
				onGap: () => gaps.push('seen'),
			});
		},
	};
}

const ids = (result: Awaited<ReturnType<PollHarness['poll']>>) => (result ? result[0].map((item) => item.json.id) : []);
/** Ids from..to as records, newest (highest) first. */
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => ({ id: to - index }));

function harness(strategy: 'maxId' | 'seen', parameters: IDataObject = {}) {
	const env = { nodeTypes: { strategyTrigger: triggerType(strategy) }, credentialTypes: {}, credentials: {} };
	return new PollHarness(env, testNode('strategyTrigger', parameters, { name: 'Strategy Trigger', credentials: {} }));
}

beforeEach(() => {
	Object.assign(remote, { records: [], pageSize: 5, cap: undefined, ignorePage: false, whole: false, failNext: false, reads: 0, shuffleTies: false });
	tieSeed = 7;
	gaps.length = 0;
});

describe('max-id poll strategy', () => {
	it('seeds at the highest id, then emits only higher ids, oldest first, compared as numbers', async () => {
		remote.records = range(1, 9);
		const trigger = harness('maxId');
		expect(await trigger.poll({ isActivation: true })).toBeNull();
		expect(trigger.staticData.maxId).toBe(9);
		remote.records = range(1, 11);
		expect(ids(await trigger.poll())).toEqual([10, 11]);
		expect(await trigger.poll()).toBeNull();
	});

	it('reads back page by page until it reaches the cursor', async () => {
		remote.records = range(1, 3);
		const trigger = harness('maxId');
		await trigger.poll({ isActivation: true });
		remote.records = range(1, 20);
		remote.reads = 0;
		expect(ids(await trigger.poll())).toEqual(range(4, 20).map((record) => record.id).reverse());
		expect(remote.reads).toBe(4);
		expect(gaps).toEqual([]);
	});

	it('does not stop on pages shorter than asked (a silent cap)', async () => {
		remote.records = range(1, 2);
		const trigger = harness('maxId');
		await trigger.poll({ isActivation: true });
		remote.records = range(1, 12);
		remote.cap = 3;
		expect(ids(await trigger.poll())).toHaveLength(10);
	});

	it('stops on a feed that serves the same page again, without duplicates, and reports the gap', async () => {
		remote.records = range(1, 2);
		const trigger = harness('maxId');
		await trigger.poll({ isActivation: true });
		remote.records = range(1, 14);
		remote.ignorePage = true;
		remote.reads = 0;
		expect(ids(await trigger.poll())).toEqual([10, 11, 12, 13, 14]);
		expect(remote.reads).toBe(2);
		expect(gaps).toEqual([[3, 9]]);
	});

	it('at the page cap, emits the newest and reports what it skipped', async () => {
		remote.records = range(1, 1);
		const trigger = harness('maxId', { maxPages: 2 });
		await trigger.poll({ isActivation: true });
		remote.records = range(1, 30);
		expect(ids(await trigger.poll())).toEqual(range(21, 30).map((record) => record.id).reverse());
		expect(gaps).toEqual([[2, 20]]);
		expect(await trigger.poll()).toBeNull();
	});

	it('the emit filter: the cursor passes records not emitted, and a reload re-reads them without emitting', async () => {
		remote.records = range(1, 1);
		const trigger = harness('maxId', { onlyEven: true });
		await trigger.poll({ isActivation: true });
		remote.records = range(1, 3);
		expect(ids(await trigger.poll())).toEqual([2]);
		remote.records = range(1, 5);
		remote.records = remote.records.filter((record) => record.id !== 4);
		expect(await trigger.poll()).toBeNull();
		expect(trigger.staticData.maxId).toBe(5);
		trigger.dropUnpersisted();
		expect(trigger.staticData.maxId).toBe(3);
		remote.records = range(1, 6).filter((record) => record.id !== 4);
		expect(ids(await trigger.poll())).toEqual([6]);
	});

	it('a failed poll throws and leaves the state alone', async () => {
		remote.records = range(1, 4);
		const trigger = harness('maxId');
		await trigger.poll({ isActivation: true });
		remote.records = range(1, 6);
		remote.failNext = true;
		const before = JSON.stringify(trigger.staticData);
		await expect(trigger.poll()).rejects.toThrow('remote failed');
		expect(JSON.stringify(trigger.staticData)).toBe(before);
		expect(ids(await trigger.poll())).toEqual([5, 6]);
	});

	it('manual mode returns the newest record the filter lets through and keeps the state', async () => {
		remote.records = range(1, 4);
		const trigger = harness('maxId', { onlyEven: true });
		await trigger.poll({ isActivation: true });
		remote.records = range(1, 7);
		const before = JSON.stringify(trigger.staticData);
		expect(ids(await trigger.poll({ mode: 'manual' }))).toEqual([6]);
		expect(JSON.stringify(trigger.staticData)).toBe(before);
		expect(ids(await trigger.poll())).toEqual([6]);
	});
});

describe('seen-set poll strategy', () => {
	it('seeds silently, then emits entries that reach the top, once, oldest first', async () => {
		// The records in the state, most recent entry first: 8, 6, 5.
		remote.records = [{ id: 8 }, { id: 6 }, { id: 5 }];
		const trigger = harness('seen');
		expect(await trigger.poll({ isActivation: true })).toBeNull();
		// Older records 1, then 3 enter the state later: they come to the top.
		remote.records = [{ id: 3 }, { id: 1 }, { id: 8 }, { id: 6 }, { id: 5 }];
		expect(ids(await trigger.poll())).toEqual([1, 3]);
		expect(await trigger.poll()).toBeNull();
	});

	it('reads a burst over several pages, and stops at the first page with nothing new', async () => {
		remote.records = range(1, 10);
		const trigger = harness('seen');
		await trigger.poll({ isActivation: true });
		remote.records = [...range(100, 112), ...remote.records];
		remote.reads = 0;
		expect(ids(await trigger.poll())).toEqual(range(100, 112).map((record) => record.id).reverse());
		expect(remote.reads).toBe(4);
	});

	it('stays bounded: never more than `remember` entries, over thousands of entries', async () => {
		remote.records = range(1, 10);
		const trigger = harness('seen', { remember: 40 });
		await trigger.poll({ isActivation: true });
		let next = 11;
		let emitted = 0;
		for (let poll = 0; poll < 200; poll++) {
			const added = range(next, next + (poll % 7));
			next += added.length;
			remote.records = [...added, ...remote.records].slice(0, 60);
			emitted += ids(await trigger.poll()).length;
			expect((trigger.staticData.seen as string[]).length).toBeLessThanOrEqual(40);
		}
		expect(emitted).toBe(next - 11);
		expect(JSON.stringify(trigger.persisted).length).toBeLessThan(40 * 10 + 200);
	});

	it('stops on a feed that serves the same page again', async () => {
		remote.records = range(1, 20);
		remote.ignorePage = true;
		const trigger = harness('seen');
		remote.reads = 0;
		await trigger.poll({ isActivation: true });
		expect(remote.reads).toBe(2);
	});

	it('remembers entries it does not emit, so they never come out later', async () => {
		remote.records = range(1, 3);
		const trigger = harness('seen', { onlyEven: true });
		await trigger.poll({ isActivation: true });
		remote.records = range(1, 6);
		expect(ids(await trigger.poll())).toEqual([4, 6]);
		remote.records = range(1, 7);
		expect(await trigger.poll()).toBeNull();
		remote.records = range(1, 8);
		expect(ids(await trigger.poll())).toEqual([8]);
	});

	it('says so when a burst is larger than one poll reads', async () => {
		remote.records = range(1, 2);
		const trigger = harness('seen', { maxPages: 2 });
		await trigger.poll({ isActivation: true });
		remote.records = range(1, 30);
		expect(ids(await trigger.poll())).toHaveLength(10);
		expect(gaps).toEqual(['seen']);
	});

	it('a list served whole with more entries than it remembers: those past the bound never come out', async () => {
		remote.whole = true;
		remote.records = range(1, 80);
		const trigger = harness('seen', { remember: 40 });
		expect(await trigger.poll({ isActivation: true })).toBeNull();
		expect(await trigger.poll()).toBeNull();
		remote.records = range(1, 83);
		expect(ids(await trigger.poll())).toEqual([81, 82, 83]);
		expect(await trigger.poll()).toBeNull();
		expect((trigger.staticData.seen as string[]).length).toBe(40);
	});

	it('a list served whole in no order, with entry times: read newest first, each new entry once', async () => {
		remote.whole = true;
		// Entry time = id; served in a scrambled order.
		const scrambled = (to: number) => range(1, to).map((record) => ({ ...record, at: record.id })).sort((a, b) => ((a.id * 37) % 101) - ((b.id * 37) % 101));
		remote.records = scrambled(90);
		const trigger = harness('seen', { remember: 40, timed: true });
		await trigger.poll({ isActivation: true });
		expect(trigger.staticData.since).toBe(90);
		expect(await trigger.poll()).toBeNull();
		remote.records = scrambled(95);
		expect(ids(await trigger.poll())).toEqual([91, 92, 93, 94, 95]);
		expect(await trigger.poll()).toBeNull();
		expect(gaps).toEqual([]);
		// A burst larger than the bound: the newest 40 come out, and the gap is reported.
		remote.records = scrambled(145);
		expect(ids(await trigger.poll())).toEqual(range(106, 145).map((record) => record.id).reverse());
		expect(gaps).toEqual(['seen']);
		expect(await trigger.poll()).toBeNull();
	});

	it('manual mode returns a sample and keeps the state', async () => {
		remote.records = range(1, 5);
		const trigger = harness('seen');
		await trigger.poll({ isActivation: true });
		const before = JSON.stringify(trigger.staticData);
		expect(ids(await trigger.poll({ mode: 'manual' }))).toEqual([5]);
		expect(JSON.stringify(trigger.staticData)).toBe(before);
	});

	describe('with entry times', () => {
		/** Entries newest first; `at` is the entry time, and equal times come in an arbitrary order. */
		const timed = (entries: Array<[number, number]>) => entries.map(([id, at]) => ({ id, at }));

		it('reads past a page of known entries that share the newest time, to the new ones among them', async () => {
			// Six entries entered at time 100, then older ones.
			remote.records = timed([[1, 100], [2, 100], [3, 100], [4, 100], [5, 100], [6, 100], [7, 90], [8, 80]]);
			const trigger = harness('seen', { timed: true });
			await trigger.poll({ isActivation: true });
			expect(trigger.staticData.since).toBe(100);
			// Two more enter at the same time 100 and the list puts them after the known ones.
			remote.records = timed([[1, 100], [2, 100], [3, 100], [4, 100], [5, 100], [6, 100], [20, 100], [21, 100], [7, 90], [8, 80]]);
			remote.reads = 0;
			expect(ids(await trigger.poll())).toEqual([21, 20]);
			expect(remote.reads).toBe(2);
			expect(await trigger.poll()).toBeNull();
		});

		it('without entry times the same list hides them: why feeds should tell the time', async () => {
			remote.records = timed([[1, 100], [2, 100], [3, 100], [4, 100], [5, 100], [6, 100], [7, 90], [8, 80]]);
			const trigger = harness('seen');
			await trigger.poll({ isActivation: true });
			remote.records = timed([[1, 100], [2, 100], [3, 100], [4, 100], [5, 100], [6, 100], [20, 100], [21, 100], [7, 90], [8, 80]]);
			expect(await trigger.poll()).toBeNull();
		});

		it('stops at the first page older than the newest time it saw, and moves that time forward', async () => {
			remote.records = timed([[1, 50], [2, 40], [3, 30], [4, 20], [5, 10], [6, 5], [7, 4]]);
			const trigger = harness('seen', { timed: true });
			await trigger.poll({ isActivation: true });
			remote.records = timed([[9, 70], [10, 60], [1, 50], [2, 40], [3, 30], [4, 20], [5, 10], [6, 5], [7, 4]]);
			remote.reads = 0;
			expect(ids(await trigger.poll())).toEqual([10, 9]);
			expect(remote.reads).toBe(1);
			expect(trigger.staticData.since).toBe(70);
		});
	});
});

/**
 * Issue 16: records that become visible out of order, entries that leave a state so that older
 * ones move up the list, equal sort keys served in a different order on every request, and late
 * entries on a later page. Each case failed on the strategies before the fix.
 */
describe('exactly once when records become visible out of order (issue 16)', () => {
	/** Ids from..to, newest first, created one second apart (`at` = id seconds). */
	const timedRange = (from: number, to: number) => range(from, to).map((record) => ({ ...record, at: record.id * 1000 }));
	const MINUTE = 60_000;

	it('§1 max-id: an id that becomes visible after higher ids were emitted comes out once, after a reload too', async () => {
		remote.records = timedRange(1, 5);
		const trigger = harness('maxId');
		await trigger.poll({ isActivation: true });
		// 8 was allocated before 9 and 10 but its transaction commits later.
		remote.records = timedRange(1, 10).filter((record) => record.id !== 8);
		expect(ids(await trigger.poll())).toEqual([6, 7, 9, 10]);
		expect(await trigger.poll()).toBeNull();
		remote.records = timedRange(1, 10);
		expect(ids(await trigger.poll())).toEqual([8]);
		expect(await trigger.poll()).toBeNull();
		trigger.dropUnpersisted();
		expect(await trigger.poll()).toBeNull();
		remote.records = timedRange(1, 11);
		expect(ids(await trigger.poll())).toEqual([11]);
	});

	it('§1 max-id: late ids inside a burst over several pages, with an emit filter, each once', async () => {
		remote.records = timedRange(1, 3);
		const trigger = harness('maxId', { onlyEven: true });
		await trigger.poll({ isActivation: true });
		const late = new Set([6, 12, 14, 20]);
		remote.records = timedRange(1, 24).filter((record) => !late.has(record.id));
		expect(ids(await trigger.poll())).toEqual([4, 8, 10, 16, 18, 22, 24]);
		remote.records = timedRange(1, 24).filter((record) => record.id !== 12);
		expect(ids(await trigger.poll())).toEqual([6, 14, 20]);
		remote.records = timedRange(1, 24);
		expect(ids(await trigger.poll())).toEqual([12]);
		expect(await trigger.poll()).toBeNull();
	});

	it('§1 max-id: the margin: a missing id is given up once records created 5 minutes after it are listed; the state stays small', async () => {
		remote.records = timedRange(1, 5);
		const trigger = harness('maxId');
		await trigger.poll({ isActivation: true });
		// 7 never shows (rolled back, or deleted before it was read); 8 onwards keep coming.
		remote.records = timedRange(1, 9).filter((record) => record.id !== 7);
		expect(ids(await trigger.poll())).toEqual([6, 8, 9]);
		expect(trigger.staticData.late).toEqual([2]);
		const later = { id: 10, at: 8000 + 5 * MINUTE + 1000 };
		remote.records = [later, ...remote.records];
		expect(ids(await trigger.poll())).toEqual([10]);
		expect(trigger.staticData.late).toBeUndefined();
		// Too late now: it would be a record created more than the margin before what was read.
		remote.records = [later, ...timedRange(1, 9)];
		expect(await trigger.poll()).toBeNull();
		expect(JSON.stringify(trigger.persisted).length).toBeLessThan(80);
	});

	it('§2 seen-set: entries leaving the state do not let entries that were already in it at activation come out', async () => {
		// 20 entries in the state at activation; the state remembers 5.
		remote.records = timedRange(1, 20);
		const trigger = harness('seen', { timed: true, remember: 5 });
		await trigger.poll({ isActivation: true });
		// The three most recent leave the state (voided): 15, 14 and 13 move up the list.
		remote.records = timedRange(1, 17);
		expect(await trigger.poll()).toBeNull();
		remote.records = timedRange(1, 12);
		expect(await trigger.poll()).toBeNull();
		remote.records = [{ id: 50, at: 30_000 }, ...timedRange(1, 12)];
		expect(ids(await trigger.poll())).toEqual([50]);
	});

	it('§2 seen-set: equal entry times served in a new order on every request, more of them than remembered: each once', async () => {
		remote.records = timedRange(1, 10);
		remote.shuffleTies = true;
		const trigger = harness('seen', { timed: true, remember: 5 });
		await trigger.poll({ isActivation: true });
		// Eight entries at one time: more than the 5 remembered.
		remote.records = [...range(100, 107).map((record) => ({ ...record, at: 60_000 })), ...timedRange(1, 10)];
		const out: number[] = [];
		for (let poll = 0; poll < 12; poll++) out.push(...(ids(await trigger.poll()) as number[]));
		expect(out.filter((id, index) => out.indexOf(id) !== index)).toEqual([]);
		expect(out.every((id) => id >= 100)).toBe(true);
		expect((trigger.staticData.seen as string[]).length).toBeLessThanOrEqual(5);
	});

	it('§3 seen-set: an entry that shows up on a later page with a time older than the newest already read comes out once', async () => {
		remote.records = timedRange(1, 10);
		const trigger = harness('seen', { timed: true });
		await trigger.poll({ isActivation: true });
		remote.records = timedRange(1, 25);
		expect(ids(await trigger.poll())).toHaveLength(15);
		// Entered at 19.5 s, visible only now: on the second page, behind a page older than 25 s.
		remote.records = [...timedRange(20, 25), { id: 40, at: 19_500 }, ...timedRange(1, 19)];
		expect(ids(await trigger.poll())).toEqual([40]);
		expect(await trigger.poll()).toBeNull();
	});

	it('§3 seen-set: a group of equal times spanning pages in a new order on every request, plus late entries: each once', async () => {
		remote.records = timedRange(1, 10);
		remote.shuffleTies = true;
		const trigger = harness('seen', { timed: true });
		await trigger.poll({ isActivation: true });
		const group = range(100, 111).map((record) => ({ ...record, at: 50_000 }));
		remote.records = [...group, ...timedRange(1, 10)];
		const out: number[] = [];
		for (let poll = 0; poll < 4; poll++) out.push(...(ids(await trigger.poll()) as number[]));
		// Two more join the group late, and one a second before it.
		remote.records = [{ id: 112, at: 50_000 }, { id: 113, at: 50_000 }, ...group, { id: 114, at: 49_000 }, ...timedRange(1, 10)];
		for (let poll = 0; poll < 6; poll++) out.push(...(ids(await trigger.poll()) as number[]));
		expect([...out].sort((a, b) => a - b)).toEqual(range(100, 114).map((record) => record.id).reverse());
	});
});
