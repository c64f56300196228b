/**
 * The date-window poll strategy under PollContext with a tiny trigger over an in-memory log that
 * pages like Ytel's call and SMS logs (from the UTC day of `from`, oldest first, `limit` +
 * `offset`, ids not ordered): seeding, overlap and de-duplication, late records, failed polls,
 * restarts, manual runs, the page cap, a feed that ignores paging, and the seen-set's bound.
 */
import { NodeConnectionTypes, type IDataObject, type INodeType, type INodeTypeDescription, type IPollFunctions } from 'n8n-workflow';
import { pollNewInDateWindow, utcDayStart } from '../../nodes/shared/poll';
import { PollHarness, testNode } from '../helpers/engine';

const MINUTE = 60_000;
const START = Date.UTC(2026, 11, 7, 9, 0, 0);

const remote = {
	records: [] as IDataObject[],
	limit: 5,
	ignorePage: false,
	failNext: false,
	reads: 0,
	now: START,
};

/** Ids that are not ordered (as Ytel's callSid): a seeded hash of a counter. */
let counter = 0;
function unorderedId(): string {
	counter++;
	return `c${((counter * 2654435761) % 4294967296).toString(16)}`;
}

function add(date: number, extra: IDataObject = {}): IDataObject {
	const record = { id: unorderedId(), date, ...extra };
	remote.records.push(record);
	return record;
}

async function page(from: number, index: number) {
	remote.reads++;
	if (remote.failNext) {
		remote.failNext = false;
		throw new Error('remote failed');
	}
	const listed = remote.records
		.filter((record) => !record.hidden && (record.date as number) >= utcDayStart(from))
		.sort((a, b) => (a.date as number) - (b.date as number) || String(a.id).localeCompare(String(b.id)));
	const offset = (remote.ignorePage ? 0 : index) * remote.limit;
	const records = listed.slice(offset, offset + remote.limit);
	return { records, more: records.length === remote.limit };
}

const gaps: Array<[number, number]> = [];

function triggerType(): INodeType {
	const description: INodeTypeDescription = {
		displayName: 'Window Trigger',
		name: 'windowTrigger',
		group: ['trigger'],
		version: 1,
		description: 'test',
		defaults: { name: 'Window Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [
			{ displayName: 'Direction', name: 'direction', type: 'string', default: '' },
			{ displayName: 'Max Pages', name: 'maxPages', type: 'number', default: 50 },
			{ displayName: 'Remember', name: 'remember', type: 'number', default: 2000 },
		],
	};
	return {
		description,
		async poll(this: IPollFunctions) {
			const direction = this.getNodeParameter('direction') as string;
			return await pollNewInDateWindow.call(
				this,
				{ oldestFirst: page, id: (record) => String(record.id), time: (record) => record.date as number | undefined },
				{
					key: `calls:${direction}`,
					maxPages: this.getNodeParameter('maxPages') as number,
					remember: this.getNodeParameter('remember') as number,
					emit: direction ? (record) => record.direction === direction : undefined,
					now: () => remote.now,
					onGap: (from, to) => gaps.push([from, to]),
				},
			);
		},
	};
}

const ids = (result: Awaited<ReturnType<PollHarness['poll']>>) => (result ? result[0].map((item) => item.json.id) : []);
const idsOf = (records: IDataObject[]) => records.map((record) => record.id);

function harness(parameters: IDataObject = {}) {
	const env = { nodeTypes: { windowTrigger: triggerType() }, credentialTypes: {}, credentials: {} };
	return new PollHarness(env, testNode('windowTrigger', parameters, { name: 'Window Trigger', credentials: {} }));
}

beforeEach(() => {
	Object.assign(remote, { records: [], limit: 5, ignorePage: false, failNext: false, reads: 0, now: START });
	counter = 0;
	gaps.length = 0;
});

describe('date-window poll strategy', () => {
	it('seeds silently (what is there is history), then emits new records oldest first, once', async () => {
		for (let minute = 60; minute > 0; minute -= 7) add(START - minute * MINUTE);
		const trigger = harness();
		expect(await trigger.poll({ isActivation: true })).toBeNull();
		remote.now += MINUTE;
		const later = add(START + 30_000);
		const first = add(START + 10_000);
		expect(ids(await trigger.poll())).toEqual(idsOf([first, later]));
		expect(await trigger.poll()).toBeNull();
	});

	it('reads the whole day from its start, so pages older than the window do not end the walk', async () => {
		// 23 records early in the day (five pages of history), then one new after activation.
		for (let index = 0; index < 23; index++) add(utcDayStart(START) + index * MINUTE);
		const trigger = harness();
		await trigger.poll({ isActivation: true });
		const fresh = add(START + 1000);
		remote.reads = 0;
		expect(ids(await trigger.poll())).toEqual([fresh.id]);
		expect(remote.reads).toBe(5);
	});

	it('records sharing a time and unordered ids: overlapping windows emit each once', async () => {
		const trigger = harness();
		await trigger.poll({ isActivation: true });
		const tie = START + 5000;
		const batch = [add(tie), add(tie), add(tie)];
		expect(new Set(ids(await trigger.poll()))).toEqual(new Set(idsOf(batch)));
		const more = [add(tie), add(tie)];
		expect(new Set(ids(await trigger.poll()))).toEqual(new Set(idsOf(more)));
		expect(await trigger.poll()).toBeNull();
	});

	it('a record that shows up late within the margin comes out once; one before activation is history', async () => {
		const beforeActivation = add(START - 2 * MINUTE, { hidden: true });
		add(START - MINUTE);
		const trigger = harness();
		await trigger.poll({ isActivation: true });
		const late = add(START + MINUTE, { hidden: true });
		const onTime = add(START + 2 * MINUTE);
		expect(ids(await trigger.poll())).toEqual([onTime.id]);
		late.hidden = false;
		beforeActivation.hidden = false;
		expect(ids(await trigger.poll())).toEqual([late.id]);
		expect(await trigger.poll()).toBeNull();
	});

	it('a record later than the margin is not emitted (the documented limit)', async () => {
		const trigger = harness();
		await trigger.poll({ isActivation: true });
		const tooLate = add(START + MINUTE, { hidden: true });
		const newer = add(START + 7 * MINUTE);
		expect(ids(await trigger.poll())).toEqual([newer.id]);
		tooLate.hidden = false;
		expect(await trigger.poll()).toBeNull();
	});

	it('a failed poll throws and leaves the state alone; the next poll brings everything', async () => {
		const trigger = harness();
		await trigger.poll({ isActivation: true });
		const records = [add(START + 1000), add(START + 2000)];
		const before = JSON.stringify(trigger.staticData);
		remote.failNext = true;
		await expect(trigger.poll()).rejects.toThrow('remote failed');
		expect(JSON.stringify(trigger.staticData)).toBe(before);
		expect(ids(await trigger.poll())).toEqual(idsOf(records));
	});

	it('null polls change nothing, so a restart after them loses nothing and repeats nothing', async () => {
		const trigger = harness();
		await trigger.poll({ isActivation: true });
		const first = add(START + 1000);
		expect(ids(await trigger.poll())).toEqual([first.id]);
		const before = JSON.stringify(trigger.staticData);
		expect(await trigger.poll()).toBeNull();
		expect(JSON.stringify(trigger.staticData)).toBe(before);
		trigger.dropUnpersisted();
		const second = add(START + 2000);
		expect(ids(await trigger.poll())).toEqual([second.id]);
	});

	it('manual mode returns the newest record the filter lets through and leaves the state alone', async () => {
		add(START - 3 * MINUTE, { direction: 'inbound' });
		const newestInbound = add(START - 2 * MINUTE, { direction: 'inbound' });
		add(START - MINUTE, { direction: 'outbound' });
		const trigger = harness({ direction: 'inbound' });
		await trigger.poll({ isActivation: true });
		const before = JSON.stringify(trigger.staticData);
		expect(ids(await trigger.poll({ mode: 'manual' }))).toEqual([newestInbound.id]);
		expect(JSON.stringify(trigger.staticData)).toBe(before);
		const inbound = add(START + 1000, { direction: 'inbound' });
		add(START + 2000, { direction: 'outbound' });
		expect(ids(await trigger.poll())).toEqual([inbound.id]);
	});

	it('at the page cap the rest is newer and comes next poll, none lost, none twice', async () => {
		const trigger = harness({ maxPages: 2 });
		await trigger.poll({ isActivation: true });
		const burst = Array.from({ length: 23 }, (_, index) => add(START + 1000 + index * 100));
		const got = [...ids(await trigger.poll())];
		expect(got).toHaveLength(10);
		got.push(...ids(await trigger.poll()), ...ids(await trigger.poll()));
		expect(got).toEqual(idsOf(burst));
		expect(await trigger.poll()).toBeNull();
	});

	it('on a feed that ignores the page: no endless loop, no duplicates', async () => {
		const trigger = harness();
		await trigger.poll({ isActivation: true });
		const burst = Array.from({ length: 8 }, (_, index) => add(START + 1000 + index));
		remote.ignorePage = true;
		remote.reads = 0;
		expect(ids(await trigger.poll())).toEqual(idsOf(burst.slice(0, 5)));
		expect(remote.reads).toBe(2);
	});

	it('the seen-set is bounded: a burst larger than it is emitted once, the floor rises and the overflow is reported', async () => {
		remote.limit = 100;
		const trigger = harness({ remember: 10 });
		await trigger.poll({ isActivation: true });
		const burst = Array.from({ length: 25 }, (_, index) => add(START + 1000 + Math.floor(index / 2) * 10));
		expect(new Set(ids(await trigger.poll()))).toEqual(new Set(idsOf(burst)));
		expect(Object.keys(trigger.staticData.seen as IDataObject).length).toBeLessThanOrEqual(10);
		expect(gaps).toHaveLength(1);
		expect(await trigger.poll()).toBeNull();
		const next = add(START + 2000);
		expect(ids(await trigger.poll())).toEqual([next.id]);
	});

	it('the state keeps only the ids inside the margin behind the cursor', async () => {
		remote.limit = 100;
		const trigger = harness();
		await trigger.poll({ isActivation: true });
		for (let minute = 1; minute <= 30; minute++) {
			add(START + minute * MINUTE);
			await trigger.poll();
		}
		// Minutes 25..30 are within five minutes of the newest.
		expect(Object.keys(trigger.staticData.seen as IDataObject)).toHaveLength(6);
		expect(trigger.staticData.cursor).toBe(START + 30 * MINUTE);
	});

	it('changing the filters re-seeds: what is there then is history', async () => {
		add(START - MINUTE, { direction: 'inbound' });
		const trigger = new PollHarness(
			{ nodeTypes: { windowTrigger: triggerType() }, credentialTypes: {}, credentials: {} },
			testNode('windowTrigger', {}, { name: 'Window Trigger', credentials: {} }),
		);
		await trigger.poll({ isActivation: true });
		add(START + 1000, { direction: 'inbound' });
		trigger.node.parameters.direction = 'inbound';
		expect(await trigger.poll()).toBeNull();
		const next = add(START + 2000, { direction: 'inbound' });
		expect(ids(await trigger.poll())).toEqual([next.id]);
	});
});
