/**
 * The Outseta trigger through n8n-core's PollContext against the simulator: named cases for every
 * event, late records within the look-back window, then a seeded random simulation over all eight
 * events (late and hidden records, bursts, failures, restarts, static data dropped after every
 * null poll) that checks every new record comes out exactly once.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { PollHarness } from '../helpers/engine';
import { ACTIVITY_TYPES, outsetaEnvironment, outsetaTriggerNode, useOutsetaSim, type OutsetaSim, type SimKind } from '../helpers/outseta';

const emitted = (result: INodeExecutionData[][] | null) => (result ? result[0].map((item) => item.json) : []);
const uids = (records: IDataObject[]) => records.map((record) => String(record.Uid));
const second = (offsetSeconds = 0) => new Date(Date.now() + offsetSeconds * 1000).toISOString().slice(0, 19);
const millis = (zoneless: string) => Date.parse(`${zoneless}Z`);
const seenIds = (state: IDataObject) => Object.keys(state.seen as IDataObject).sort();

/** Each event, the kind of record the simulator inserts for it, and what it polls. */
const EVENT_KINDS: Array<{ event: string; kind: SimKind; parameters?: IDataObject; records?: IDataObject[]; list: string; time: string }> = [
	{ event: 'newPerson', kind: 'person', list: '/crm/people', time: 'Created' },
	{ event: 'newAccount', kind: 'account', list: '/crm/accounts', time: 'Created' },
	{ event: 'newDeal', kind: 'deal', list: '/crm/deals', time: 'Created' },
	{ event: 'newSupportCase', kind: 'supportCase', list: '/support/cases', time: 'Created' },
	{
		event: 'newEmailListSubscriber',
		kind: 'emailListSubscription',
		parameters: { listId: 'exmepWVG' },
		records: [{ EmailList: { Uid: 'exmepWVG' } }],
		list: '/email/lists/exmepWVG/subscriptions',
		time: 'SubscribedDate',
	},
	{
		event: 'newActivity',
		kind: 'activity',
		parameters: { activityType: ACTIVITY_TYPES.Custom },
		records: [{ ActivityType: ACTIVITY_TYPES.Custom, EntityType: 2 }],
		list: `/activities?ActivityType=${ACTIVITY_TYPES.Custom}`,
		time: 'ActivityDateTime',
	},
	{ event: 'newSubscription', kind: 'subscription', list: '/billing/subscriptions', time: 'Created' },
	{ event: 'newInvoice', kind: 'invoice', list: '/billing/invoices', time: 'Created' },
];

async function insert(sim: OutsetaSim, spec: (typeof EVENT_KINDS)[number], count: number, options: { Created?: string; visibleAfterMs?: number } = {}) {
	const records = spec.records ? Array.from({ length: count }, () => ({ ...spec.records![0] })) : undefined;
	const inserted = await sim.insert(spec.kind, { ...(records ? { records } : { count }), ...options });
	return inserted.map((record) => record.Uid);
}

describe('Outseta trigger', () => {
	const sim = useOutsetaSim();
	beforeEach(async () => {
		// Many polls: a faster credential and limiter keep this suite short; the limiter stays on.
		await sim.control('config', { rateLimit: { max: 40, windowMs: 1000 } });
	});

	const harness = (parameters: IDataObject = { event: 'newPerson' }) =>
		new PollHarness(outsetaEnvironment(sim, { requestsPerSecond: 35 }), outsetaTriggerNode(parameters));
	const insertPeople = async (count: number, Created?: string) => await insert(sim, EVENT_KINDS[0], count, Created ? { Created } : {});

	async function activate(trigger: PollHarness) {
		const result = await trigger.poll({ isActivation: true });
		expect(result).toBeNull();
		return trigger.staticData;
	}

	describe('New Person', () => {
		it('first activation emits nothing and seeds from the newest record', async () => {
			const trigger = harness();
			await sim.clearLog();
			const state = await activate(trigger);
			const log = await sim.requests();
			expect(log[0].query).toMatchObject({ orderBy: 'Created DESC', limit: '1' });
			// The newest example people were created 2018-01-29T11:00:00 (two of them); the ids of the
			// look-back window behind it are remembered.
			expect(state).toMatchObject({ key: 'newPerson{}', cursor: millis('2018-01-29T11:00:00') });
			expect(seenIds(state)).toEqual(['owmjxl9V', 'y7maBrQE']);
			expect(trigger.persisted).toEqual({ 'node:Outseta Trigger': state });
		});

		it('an idle poll is one request and returns null without touching the state', async () => {
			const trigger = harness();
			await activate(trigger);
			const before = JSON.stringify(trigger.staticData);
			await sim.clearLog();
			expect(await trigger.poll()).toBeNull();
			const log = await sim.requests();
			expect(log).toHaveLength(1);
			// One minute of look-back behind the cursor, in the form the list writes its times.
			expect(log[0].query).toEqual({ Created__gte: '2018-01-29T10:59:00', orderBy: 'Created ASC', limit: '100', offset: '0' });
			expect(JSON.stringify(trigger.staticData)).toBe(before);
		});

		it('a 250-record burst comes out complete, in order, once, simplified', async () => {
			const trigger = harness();
			await activate(trigger);
			const burst = await insertPeople(250);
			await sim.clearLog();
			const first = emitted(await trigger.poll());
			expect(uids(first)).toEqual(burst);
			// Simplified: the person's own properties, not the nested records.
			expect(first[0]).toMatchObject({ Uid: burst[0], Email: expect.any(String), Created: expect.any(String) });
			expect(first[0]).not.toHaveProperty('PersonAccount');
			expect(first[0]).not.toHaveProperty('MailingAddress');
			expect((await sim.requests()).length).toBe(3);
			expect(await trigger.poll()).toBeNull();
		});

		it('polls with the user token when Authentication says so', async () => {
			const trigger = harness({ event: 'newPerson', authentication: 'userToken' });
			await activate(trigger);
			const [uid] = await insertPeople(1);
			await sim.clearLog();
			expect(uids(emitted(await trigger.poll()))).toEqual([uid]);
			expect((await sim.requests()).every((request) => /^bearer /.test(request.headers.authorization ?? ''))).toBe(true);
		});

		it('with Simplify off, records come as Outseta sends them', async () => {
			const trigger = harness({ event: 'newPerson', simplify: false });
			await activate(trigger);
			await insertPeople(1);
			const [record] = emitted(await trigger.poll());
			expect(record).toHaveProperty('PersonAccount');
			expect(record).toHaveProperty('MailingAddress');
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

		it('late records: one that shows up within the look-back window comes out; later ones need a longer window', async () => {
			const trigger = harness();
			await activate(trigger);
			const now = await insertPeople(1);
			expect(uids(emitted(await trigger.poll()))).toEqual(now);
			// Committed 45 s ago, visible only now: within the 60 s window.
			const late = await insertPeople(2, second(-45));
			expect(uids(emitted(await trigger.poll()))).toEqual(late);
			// Stamped 90 s ago: behind the default window, out of reach (the documented limit)...
			await insertPeople(1, second(-90));
			expect(await trigger.poll()).toBeNull();
			// ...and within a window of five minutes.
			const wide = harness({ event: 'newPerson', options: { lookBackSeconds: 300 } });
			wide.persisted = trigger.persisted;
			wide.load();
			const later = await insertPeople(1, second(-120));
			const caught = uids(emitted(await wide.poll()));
			expect(caught).toEqual(expect.arrayContaining(later));
			expect(caught).toHaveLength(2);
			expect(JSON.stringify(wide.persisted).length).toBeLessThan(4096);
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
			const later = await insertPeople(2);
			expect(uids(emitted(await trigger.poll({ activation: 'init', isActivation: true })))).toEqual(later);
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
			expect(uids(emitted(await trigger.poll()))).toEqual([newest]);
		});

		it('reads at most 20 pages per poll; the rest comes next poll', async () => {
			await sim.control('reset', { empty: true });
			const trigger = harness();
			await activate(trigger);
			await sim.control('seed', { people: 2100, created: second(-3000), stepSeconds: 1 });
			await sim.clearLog();
			expect(emitted(await trigger.poll())).toHaveLength(2000);
			expect(await sim.requests()).toHaveLength(20);
			expect(emitted(await trigger.poll())).toHaveLength(100);
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
			expect(JSON.stringify(trigger.persisted).length).toBeLessThan(4096);
		}, 120000);
	});

	describe('New Account', () => {
		it('the Account Stage filter asks for accounts in that stage at the time of the poll', async () => {
			const trigger = harness({ event: 'newAccount', filters: { AccountStage: 2 } });
			await activate(trigger);
			const inserted = await sim.insert('account', { records: [{ Name: 'T1', AccountStage: 2 }, { Name: 'S1', AccountStage: 3 }, { Name: 'T2', AccountStage: 2 }] });
			// T2 moves on before the poll: the filter is the stage now, so it is not emitted.
			await sim.api('PUT', `/crm/accounts/${inserted[2].Uid}`, { AccountStage: 3 });
			await sim.clearLog();
			expect(uids(emitted(await trigger.poll()))).toEqual([inserted[0].Uid]);
			expect((await sim.requests())[0].query.AccountStage).toBe('2');
		});

		it('changing the filters re-seeds instead of replaying history', async () => {
			const trigger = harness({ event: 'newAccount' });
			await activate(trigger);
			const filtered = harness({ event: 'newAccount', filters: { AccountStage: 2 } });
			filtered.persisted = trigger.persisted;
			filtered.load();
			expect(await filtered.poll({ activation: 'update', isActivation: true })).toBeNull();
			expect(filtered.staticData.key).toBe('newAccount{"AccountStage":2}');
		});

		it('an empty account list seeds the epoch, and the first account after it comes out', async () => {
			await sim.control('reset', { empty: true });
			const trigger = harness({ event: 'newAccount' });
			expect(await activate(trigger)).toMatchObject({ cursor: 0, seen: {} });
			const [uid] = (await sim.insert('account')).map((record) => record.Uid);
			expect(uids(emitted(await trigger.poll()))).toEqual([uid]);
		});
	});

	describe.each(EVENT_KINDS.slice(2))('$event', (spec) => {
		it('seeds silently, emits each new record once (late ones too), simplified, then nothing', async () => {
			const trigger = harness({ event: spec.event, ...spec.parameters });
			await activate(trigger);
			await sim.clearLog();
			const first = await insert(sim, spec, 3);
			const result = emitted(await trigger.poll());
			expect(uids(result)).toEqual(first);
			const [request] = await sim.requests();
			expect(request.path).toBe(`/api/v1${spec.list.split('?')[0]}`);
			expect(request.query).toMatchObject({ orderBy: `${spec.time} ASC`, [`${spec.time}__gte`]: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/) });
			const late = await insert(sim, spec, 2, { Created: second(-40) });
			expect(uids(emitted(await trigger.poll()))).toEqual(late);
			expect(await trigger.poll()).toBeNull();
			const manual = emitted(await trigger.poll({ mode: 'manual' }));
			expect(manual).toHaveLength(1);
		});
	});

	it('New Activity: the picked type only, e.g. Account Stage Changed after a real stage change', async () => {
		const trigger = harness({ event: 'newActivity', activityType: ACTIVITY_TYPES.AccountStageUpdated });
		await activate(trigger);
		await sim.insert('activity', { records: [{ ActivityType: ACTIVITY_TYPES.Custom, EntityType: 2 }] });
		const account = (await sim.insert('account', { records: [{ Name: 'Moving on', AccountStage: 2 }] }))[0];
		await sim.api('PUT', `/crm/accounts/${account.Uid}`, { AccountStage: 3 });
		await sim.clearLog();
		const [activity] = emitted(await trigger.poll());
		expect(activity).toMatchObject({ ActivityType: 103, EntityType: 1, EntityUid: account.Uid });
		expect((await sim.requests())[0].query).toMatchObject({ ActivityType: '103', orderBy: 'ActivityDateTime ASC' });
		expect(trigger.staticData.key).toBe('newActivity{"ActivityType":103}');
	});

	it('New Email List Subscriber: the list is part of the key; an unknown list fails the poll', async () => {
		const trigger = harness({ event: 'newEmailListSubscriber', listId: 'exmepWVG' });
		await activate(trigger);
		expect(trigger.staticData.key).toBe('newEmailListSubscriber:exmepWVG{}');
		await expect(harness({ event: 'newEmailListSubscriber', listId: 'nolist42' }).poll({ isActivation: true })).rejects.toMatchObject({ httpCode: '404' });
	});

	it('seeded random simulation over all eight events: 0 missed and 0 duplicated over at least 500 polls, late records included', async () => {
		let seed = 0x0e7a5eed;
		const random = () => {
			seed = (seed + 0x6d2b79f5) | 0;
			let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
			t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
			return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
		};
		const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
		// Activation in a second of its own, so "created since the activation" is a clean line.
		await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000) + 5));
		const start = Date.now();
		const startSecond = new Date(start).toISOString().slice(0, 19);
		const triggers = EVENT_KINDS.map((spec) => ({ spec, trigger: harness({ event: spec.event, ...spec.parameters }) }));
		for (const { trigger } of triggers) await activate(trigger);
		const seen = new Map<string, Map<string, number>>(EVENT_KINDS.map((spec) => [spec.event, new Map()]));
		const counts = { polls: 0, nullPolls: 0, failures: 0, restarts: 0, late: 0, hidden: 0, bursts: 0, inserted: 0 };
		const record = (event: string, result: INodeExecutionData[][] | null) => {
			for (const uid of uids(emitted(result))) seen.get(event)!.set(uid, (seen.get(event)!.get(uid) ?? 0) + 1);
		};
		const poll = async (entry: (typeof triggers)[number]) => {
			const fail = random() < 0.08;
			if (fail) await sim.control('fail', { count: 1, status: 500 + Math.floor(random() * 4) });
			const before = JSON.stringify(entry.trigger.staticData);
			counts.polls++;
			try {
				const result = await entry.trigger.poll();
				if (result === null) {
					counts.nullPolls++;
					expect(JSON.stringify(entry.trigger.staticData)).toBe(before);
					entry.trigger.dropUnpersisted();
				}
				record(entry.spec.event, result);
			} catch (error) {
				expect(fail).toBe(true);
				expect(String((error as { httpCode?: string }).httpCode)).toMatch(/^50[0-3]$/);
				counts.failures++;
				entry.trigger.dropUnpersisted();
			}
		};

		for (let step = 0; step < 270; step++) {
			const spec = pick(EVENT_KINDS);
			const roll = random();
			if (roll < 0.55) {
				// Late: stamped up to 40 s ago (never before the activation) and hidden up to 15 s more,
				// so each shows up within the 60 s look-back window of its timestamp.
				const lag = Math.min(Math.floor(random() * 40), Math.floor((Date.now() - start) / 1000) - 1);
				const late = random() < 0.5 && lag > 0;
				const hidden = random() < 0.4 ? Math.floor(random() * 15_000) : 0;
				await insert(sim, spec, 1 + Math.floor(random() * 4), { ...(late ? { Created: second(-lag) } : {}), ...(hidden ? { visibleAfterMs: hidden } : {}) });
				if (late) counts.late++;
				if (hidden) counts.hidden++;
				counts.inserted++;
			} else if (roll < 0.6) {
				await insert(sim, spec, 101 + Math.floor(random() * 60));
				counts.bursts++;
			} else if (roll < 0.65) {
				pick(triggers).trigger.load();
				counts.restarts++;
			}
			await poll(pick(triggers));
			await poll(pick(triggers));
		}
		// Let every hidden record show, then drain.
		await sim.reveal();
		for (const entry of triggers) {
			for (let extra = 0; extra < 4; extra++) {
				counts.polls++;
				record(entry.spec.event, await entry.trigger.poll());
			}
		}

		// What each event should have emitted: every record of its list stamped since the activation.
		let missedTotal = 0;
		let duplicatedTotal = 0;
		let expectedTotal = 0;
		for (const spec of EVENT_KINDS) {
			const expected: string[] = [];
			for (let offset = 0; ; offset++) {
				const separator = spec.list.includes('?') ? '&' : '?';
				const page = (await sim.api('GET', `${spec.list}${separator}${spec.time}__gte=${startSecond}&limit=100&offset=${offset}&fields=Uid`)).body;
				expected.push(...(page.items as IDataObject[]).map((item) => String(item.Uid)));
				if (page.items.length < 100) break;
			}
			const got = seen.get(spec.event)!;
			const missed = expected.filter((uid) => !got.has(uid));
			const duplicated = [...got.entries()].filter(([, count]) => count > 1);
			const unexpected = [...got.keys()].filter((uid) => !expected.includes(uid));
			expect({ event: spec.event, missed, duplicated, unexpected }).toEqual({ event: spec.event, missed: [], duplicated: [], unexpected: [] });
			expect(expected.length).toBeGreaterThan(0);
			missedTotal += missed.length;
			duplicatedTotal += duplicated.length;
			expectedTotal += expected.length;
		}
		console.log(
			`trigger simulation: ${counts.polls} polls over ${EVENT_KINDS.length} events (${counts.nullPolls} null, ${counts.failures} failed, ` +
				`${counts.restarts} restarts), ${counts.inserted} inserts (${counts.late} late, ${counts.hidden} hidden for a while), ${counts.bursts} bursts, ` +
				`${expectedTotal} records, ${missedTotal} missed, ${duplicatedTotal} duplicated`,
		);
		expect(counts.polls).toBeGreaterThanOrEqual(500);
		expect(counts.failures).toBeGreaterThan(0);
		expect(counts.late).toBeGreaterThan(0);
		expect(counts.hidden).toBeGreaterThan(0);
	}, 600000);
});
