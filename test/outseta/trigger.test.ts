/**
 * The Outseta trigger through n8n-core's PollContext against the simulator: named cases, then a
 * seeded random simulation in which static data is dropped after every null poll.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { PollHarness } from '../helpers/engine';
import { useOutsetaSim, outsetaEnvironment, outsetaTriggerNode, type SimRequest } from '../helpers/outseta';

const emitted = (result: INodeExecutionData[][] | null) => (result ? result[0].map((item) => item.json) : []);
const uids = (records: IDataObject[]) => records.map((record) => String(record.Uid));
const second = (offsetSeconds = 0) => new Date(Date.now() + offsetSeconds * 1000).toISOString().slice(0, 19);
const millis = (zoneless: string) => Date.parse(`${zoneless}Z`);
const seenIds = (state: IDataObject) => Object.keys(state.seen as IDataObject).sort();

describe('Outseta trigger', () => {
	const sim = useOutsetaSim();
	beforeEach(async () => {
		// Many polls: a faster credential and limiter keep this suite short; the limiter stays on.
		await sim.control('config', { rateLimit: { max: 40, windowMs: 1000 } });
	});

	const harness = (parameters: IDataObject = { event: 'newPerson' }) =>
		new PollHarness(outsetaEnvironment(sim, { requestsPerSecond: 35 }), outsetaTriggerNode(parameters));

	const insertPeople = async (count: number, Created?: string) =>
		(await sim.control<{ inserted: Array<{ Uid: string }> }>('insert', { kind: 'person', count, ...(Created ? { Created } : {}) })).inserted.map(
			(record) => record.Uid,
		);

	async function activate(trigger: PollHarness) {
		const result = await trigger.poll({ isActivation: true });
		expect(result).toBeNull();
		return trigger.staticData;
	}

	it('first activation emits nothing and seeds from the newest record', async () => {
		const trigger = harness();
		await sim.clearLog();
		const state = await activate(trigger);
		const log = await sim.requests();
		expect(log[0].query).toMatchObject({ orderBy: 'Created DESC', limit: '1' });
		// The example people: the newest was created 2018-01-29T11:00:00 (two of them); the ids of
		// the look-back window behind it are remembered.
		expect(state).toMatchObject({ cursor: millis('2018-01-29T11:00:00') });
		expect(seenIds(state)).toEqual(['owmjxl9V', 'y7maBrQE']);
		expect(trigger.persisted).toEqual({ 'node:Outseta Trigger': state });
	});

	it('an empty account list seeds the epoch, and the first record after it comes out', async () => {
		await sim.control('reset', { empty: true });
		const trigger = harness({ event: 'newAccount' });
		expect(await activate(trigger)).toMatchObject({ cursor: 0, seen: {} });
		const [uid] = (await sim.control<{ inserted: Array<{ Uid: string }> }>('insert', { kind: 'account' })).inserted.map((r) => r.Uid);
		expect(uids(emitted(await trigger.poll()))).toEqual([uid]);
	});

	it('an idle poll is one request and returns null without touching the state', async () => {
		const trigger = harness();
		await activate(trigger);
		const before = JSON.stringify(trigger.staticData);
		await sim.clearLog();
		expect(await trigger.poll()).toBeNull();
		const log = await sim.requests();
		expect(log).toHaveLength(1);
		// One minute of look-back behind the cursor.
		expect(log[0].query).toMatchObject({ Created__gte: '2018-01-29T10:59:00', orderBy: 'Created ASC', limit: '100', offset: '0' });
		expect(JSON.stringify(trigger.staticData)).toBe(before);
	});

	it('a 250-record burst comes out complete, in order, once', async () => {
		const trigger = harness();
		await activate(trigger);
		const burst = await insertPeople(250);
		await sim.clearLog();
		const first = emitted(await trigger.poll());
		expect(uids(first)).toEqual(burst);
		expect(first.map((record) => record.Created)).toEqual([...first.map((record) => record.Created)].sort());
		expect((await sim.requests()).length).toBe(3);
		expect(await trigger.poll()).toBeNull();
	});

	it('records created in the cursor second after a poll still come out, once', async () => {
		const trigger = harness();
		await activate(trigger);
		const stamp = second(-5);
		const early = await insertPeople(3, stamp);
		expect(uids(emitted(await trigger.poll()))).toEqual(early);
		const late = await insertPeople(2, stamp);
		expect(uids(emitted(await trigger.poll()))).toEqual(late);
		expect(trigger.staticData).toMatchObject({ cursor: millis(stamp) });
		expect(seenIds(trigger.staticData)).toEqual([...early, ...late].sort());
		expect(await trigger.poll()).toBeNull();
	});

	it('a 5xx fails the poll, keeps the state, and the next poll delivers everything', async () => {
		const trigger = harness();
		await activate(trigger);
		const created = await insertPeople(150);
		const before = JSON.stringify(trigger.staticData);
		await sim.control('fail', { count: 1, status: 503, message: 'Maintenance', query: { offset: 1 } });
		await expect(trigger.poll()).rejects.toMatchObject({ httpCode: '503', message: 'Outseta error (HTTP 503): Maintenance' });
		expect(JSON.stringify(trigger.staticData)).toBe(before);
		expect(uids(emitted(await trigger.poll()))).toEqual(created);
	});

	it('survives a restart: the persisted cursor carries on', async () => {
		const trigger = harness();
		await activate(trigger);
		const first = await insertPeople(2);
		expect(uids(emitted(await trigger.poll()))).toEqual(first);
		trigger.load();
		const second = await insertPeople(2);
		expect(uids(emitted(await trigger.poll({ activation: 'init', isActivation: true })))).toEqual(second);
	});

	it('manual mode returns the newest record and leaves the state alone', async () => {
		const trigger = harness();
		await activate(trigger);
		const [newest] = await insertPeople(1, second(60));
		const before = JSON.stringify(trigger.persisted);
		const beforeData = JSON.stringify(trigger.staticData);
		await sim.clearLog();
		const sample = emitted(await trigger.poll({ mode: 'manual' }));
		expect(uids(sample)).toEqual([newest]);
		expect((await sim.requests()).length).toBe(1);
		expect(JSON.stringify(trigger.staticData)).toBe(beforeData);
		expect(JSON.stringify(trigger.persisted)).toBe(before);
		// The sample is not consumed: the next real poll still emits it.
		expect(uids(emitted(await trigger.poll()))).toEqual([newest]);
	});

	it('changing the event or filters re-seeds instead of replaying history', async () => {
		const trigger = new PollHarness(
			outsetaEnvironment(sim, { requestsPerSecond: 35 }),
			outsetaTriggerNode({ event: 'newAccount' }),
		);
		await activate(trigger);
		const filtered = new PollHarness(
			outsetaEnvironment(sim, { requestsPerSecond: 35 }),
			outsetaTriggerNode({ event: 'newAccount', filters: { AccountStage: 2 } }),
		);
		filtered.persisted = trigger.persisted;
		filtered.load();
		expect(await filtered.poll({ activation: 'update', isActivation: true })).toBeNull();
		expect(filtered.staticData.key).not.toBe(trigger.staticData.key);
	});

	it('New Account with a stage filter emits only accounts in that stage', async () => {
		const trigger = harness({ event: 'newAccount', filters: { AccountStage: 2 } });
		await activate(trigger);
		const trialing = (await sim.control<{ inserted: Array<{ Uid: string }> }>('insert', {
			kind: 'account',
			records: [{ Name: 'T1', AccountStage: 2 }, { Name: 'S1', AccountStage: 3 }, { Name: 'T2', AccountStage: 2 }],
		})).inserted;
		const result = emitted(await trigger.poll());
		expect(uids(result)).toEqual([trialing[0].Uid, trialing[2].Uid]);
		const [request] = (await sim.requests()).slice(-1) as SimRequest[];
		expect(request.query.AccountStage).toBe('2');
	});

	async function seedPeople(count: number, created: string, stepSeconds: number) {
		await sim.control('seed', { people: count, created, stepSeconds });
		const all = (await sim.api('GET', `/crm/people?Created__gte=${created}&orderBy=Created&limit=100&fields=Uid`)).body;
		return all.metadata.total as number;
	}

	it('reads at most 20 pages per poll; the rest comes next poll', async () => {
		await sim.control('reset', { empty: true });
		const trigger = harness();
		await activate(trigger);
		expect(await seedPeople(2100, second(-3000), 1)).toBe(2100);
		await sim.clearLog();
		expect(emitted(await trigger.poll())).toHaveLength(2000);
		expect(await sim.requests()).toHaveLength(20);
		expect(emitted(await trigger.poll())).toHaveLength(100);
		expect(await trigger.poll()).toBeNull();
	}, 60000);

	it('a same-second burst larger than 20 pages still comes out whole, once', async () => {
		await sim.control('reset', { empty: true });
		const trigger = harness();
		await activate(trigger);
		const created = await insertPeople(2150, second(-30));
		const first = uids(emitted(await trigger.poll()));
		const rest = uids(emitted(await trigger.poll()));
		expect([...first, ...rest]).toEqual(created);
		expect(first).toHaveLength(2000);
		expect(await trigger.poll()).toBeNull();
	}, 60000);

	it('keeps its state under 4 KB after 10,000 records', async () => {
		await sim.control('reset', { empty: true });
		const trigger = harness();
		await activate(trigger);
		let emittedCount = 0;
		const start = Date.now() - 3600_000;
		for (let batch = 0; batch < 10; batch++) {
			await sim.control('seed', { people: 1000, created: new Date(start + batch * 1000_000).toISOString(), stepSeconds: 1 });
			for (;;) {
				const records = emitted(await trigger.poll());
				emittedCount += records.length;
				if (records.length < 2000) break;
			}
		}
		expect(emittedCount).toBe(10000);
		const size = JSON.stringify(trigger.persisted).length;
		expect(size).toBeLessThan(4096);
	}, 120000);

	it('seeded random simulation: 0 missed and 0 duplicated over 240 polls', async () => {
		let seed = 0x5eed1234;
		const random = () => {
			seed = (seed + 0x6d2b79f5) | 0;
			let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
			t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
			return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
		};
		const trigger = harness();
		await activate(trigger);
		const expected: string[] = [];
		const seen = new Map<string, number>();
		const counts = { polls: 0, nullPolls: 0, failures: 0, restarts: 0, sameSecond: 0, bursts: 0 };

		for (let step = 0; step < 240; step++) {
			const roll = random();
			if (roll < 0.3) {
				expected.push(...(await insertPeople(1 + Math.floor(random() * 5))));
			} else if (roll < 0.4) {
				const cursor = new Date(Number(trigger.staticData.cursor)).toISOString().slice(0, 19);
				expected.push(...(await insertPeople(1 + Math.floor(random() * 3), cursor)));
				counts.sameSecond++;
			} else if (roll < 0.45) {
				expected.push(...(await insertPeople(101 + Math.floor(random() * 150))));
				counts.bursts++;
			} else if (roll < 0.5) {
				trigger.load();
				counts.restarts++;
			}

			const fail = random() < 0.1;
			if (fail) await sim.control('fail', { count: 1, status: 500 + Math.floor(random() * 4) });
			const before = JSON.stringify(trigger.staticData);
			counts.polls++;
			try {
				const result = await trigger.poll();
				if (result === null) {
					counts.nullPolls++;
					expect(JSON.stringify(trigger.staticData)).toBe(before);
					trigger.dropUnpersisted();
				}
				for (const uid of uids(emitted(result))) seen.set(uid, (seen.get(uid) ?? 0) + 1);
			} catch (error) {
				expect(fail).toBe(true);
				expect(String((error as { httpCode?: string }).httpCode)).toMatch(/^50[0-3]$/);
				counts.failures++;
				trigger.dropUnpersisted();
			}
		}
		// Drain what the last steps inserted.
		for (let extra = 0; extra < 5; extra++) {
			for (const uid of uids(emitted(await trigger.poll()))) seen.set(uid, (seen.get(uid) ?? 0) + 1);
		}

		const missed = expected.filter((uid) => !seen.has(uid));
		const duplicated = [...seen.entries()].filter(([, count]) => count > 1);
		const unexpected = [...seen.keys()].filter((uid) => !expected.includes(uid));
		console.log(
			`trigger simulation: ${counts.polls} polls (${counts.nullPolls} null, ${counts.failures} failed, ` +
				`${counts.restarts} restarts, ${counts.sameSecond} same-second inserts, ${counts.bursts} bursts), ` +
				`${expected.length} records, ${missed.length} missed, ${duplicated.length} duplicated`,
		);
		expect(counts.polls).toBeGreaterThanOrEqual(200);
		expect(counts.failures).toBeGreaterThan(0);
		expect(counts.sameSecond).toBeGreaterThan(0);
		expect(missed).toEqual([]);
		expect(duplicated).toEqual([]);
		expect(unexpected).toEqual([]);
	}, 300000);
});
