/**
 * The timestamp cursor under PollContext with a tiny trigger over an in-memory list: records that
 * become visible late within the look-back window come out once, later ones do not; the state
 * keeps only the ids inside the window; a record without a readable time is emitted once and
 * reported; the `since` value is written by the vendor's codec.
 */
import { NodeConnectionTypes, type IDataObject, type INodeType, type INodeTypeDescription, type IPollFunctions } from 'n8n-workflow';
import { isoTimestamps, pollNewByTimestamp } from '../../nodes/shared/poll';
import { PollHarness, testNode } from '../helpers/engine';

interface Row {
	id: string;
	created: unknown;
	/** Epoch ms from which the list shows it (a record committed late). */
	visibleFrom?: number;
	/** Its time for filtering, when `created` is unreadable to the trigger. */
	sortAt?: number;
}

let rows: Row[] = [];
let now = Date.UTC(2024, 0, 1, 12, 0, 0);
const sinceValues: string[] = [];
const unreadable: string[] = [];
const codec = isoTimestamps({ zonelessAs: 'utc', writeZone: false });
const timeOf = (row: Row) => row.sortAt ?? codec.parse(row.created) ?? 0;
const visible = () => rows.filter((row) => (row.visibleFrom ?? 0) <= now);

class TimestampTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Timestamp Trigger',
		name: 'timestampTrigger',
		group: ['trigger'],
		version: 1,
		description: 'test',
		defaults: { name: 'Timestamp Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [{ displayName: 'Look-Back', name: 'lookBack', type: 'number', default: 60 }],
	};

	async poll(this: IPollFunctions) {
		return await pollNewByTimestamp.call(
			this,
			{
				newest: async (limit) => [...visible()].sort((a, b) => timeOf(b) - timeOf(a)).slice(0, limit) as unknown as IDataObject[],
				since: async (since) => {
					sinceValues.push(since);
					const from = codec.parse(since)!;
					return { records: visible().filter((row) => timeOf(row) >= from).sort((a, b) => timeOf(a) - timeOf(b)) as unknown as IDataObject[], more: false };
				},
				id: (record) => String(record.id),
				time: (record) => record.created,
			},
			{
				key: 'rows',
				codec,
				lookBackMs: Number(this.getNodeParameter('lookBack')) * 1000,
				onUnreadableTime: (record) => unreadable.push(String(record.id)),
			},
		);
	}
}

const at = (offsetSeconds: number) => new Date(now + offsetSeconds * 1000).toISOString().slice(0, 19);
const ids = (result: Awaited<ReturnType<PollHarness['poll']>>) => (result ? result[0].map((item) => String(item.json.id)) : []);

describe('timestamp poll strategy: look-back window', () => {
	const env = { nodeTypes: { timestampTrigger: new TimestampTrigger() }, credentialTypes: {}, credentials: {} };
	const trigger = (lookBack = 60) => new PollHarness(env, testNode('timestampTrigger', { lookBack }, { name: 'T', credentials: {} }));

	beforeEach(() => {
		now = Date.UTC(2024, 0, 1, 12, 0, 0);
		rows = [{ id: 'old', created: at(-600) }];
		sinceValues.length = 0;
		unreadable.length = 0;
	});

	it('emits a record that shows up late within the window once, and asks from the cursor minus the window', async () => {
		const poller = trigger();
		expect(await poller.poll({ isActivation: true })).toBeNull();
		rows.push({ id: 'a', created: at(0) });
		now += 5_000;
		expect(ids(await poller.poll())).toEqual(['a']);
		expect(sinceValues.slice(-1)).toEqual(['2024-01-01T11:49:00']);
		// Stamped 20 s before the cursor, visible only now.
		rows.push({ id: 'late', created: at(-25), visibleFrom: now });
		now += 5_000;
		expect(ids(await poller.poll())).toEqual(['late']);
		expect(sinceValues.slice(-1)).toEqual(['2024-01-01T11:59:00']);
		expect(await poller.poll()).toBeNull();
	});

	it('a record later than the window is out of reach; a wider window reaches it', async () => {
		const narrow = trigger(60);
		await narrow.poll({ isActivation: true });
		rows.push({ id: 'a', created: at(0) });
		expect(ids(await narrow.poll())).toEqual(['a']);
		rows.push({ id: 'very-late', created: at(-90) });
		expect(await narrow.poll()).toBeNull();
		const wide = trigger(120);
		wide.persisted = narrow.persisted;
		wide.load();
		expect(ids(await wide.poll())).toEqual(['very-late']);
	});

	it('keeps only the ids inside the window', async () => {
		const poller = trigger(60);
		await poller.poll({ isActivation: true });
		for (let minute = 0; minute < 10; minute++) {
			rows.push({ id: `r${minute}`, created: at(0) });
			now += 60_000;
			expect(ids(await poller.poll())).toEqual([`r${minute}`]);
		}
		expect(Object.keys(poller.staticData.seen as IDataObject)).toEqual(['r8', 'r9']);
	});

	it('a record whose time cannot be read is emitted once and reported', async () => {
		const poller = trigger();
		await poller.poll({ isActivation: true });
		rows.push({ id: 'a', created: at(1) }, { id: 'odd', created: '31/12/2023 noon', sortAt: now + 2_000 });
		expect(ids(await poller.poll())).toEqual(['a', 'odd']);
		expect(unreadable).toEqual(['odd']);
		expect(await poller.poll()).toBeNull();
		expect(unreadable).toEqual(['odd']);
	});
});
