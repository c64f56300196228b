/**
 * The six Ytel trigger events, assembled from the shared poll strategies (test/helpers/
 * ytel-trigger-feeds.ts), against the Ytel simulator through its real list requests and paging
 * parameters: named cases per event, then a seeded simulation of at least 300 polls per event
 * with restarts, failed polls, bursts over a page and late records: 0 missed, 0 duplicated.
 */
import { NodeConnectionTypes, type IDataObject, type INodeType, type INodeTypeDescription, type IPollFunctions } from 'n8n-workflow';
import { PollHarness, testNode } from '../helpers/engine';
import { useYtelSim } from '../helpers/ytel-sim';
import { pollYtelEvent, type YtelEvent, type YtelList } from '../helpers/ytel-trigger-feeds';

const ytel = useYtelSim();
const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** The model's clock (the simulator's is set to it), failures to inject, what the strategies reported. */
const world = { now: 0, failIn: -1, requests: 0, reports: [] as string[] };
let token: string | undefined;

const list: YtelList = async (path, query) => {
	world.requests++;
	if (world.failIn === 0) {
		world.failIn = -1;
		throw new Error('Ytel unreachable (injected)');
	}
	if (world.failIn > 0) world.failIn--;
	const search = Object.entries(query)
		.filter(([, value]) => value !== undefined && value !== '')
		.map(([name, value]) => `${name}=${encodeURIComponent(String(value))}`)
		.join('&');
	for (let attempt = 0; ; attempt++) {
		token ??= (await ytel.login()).accessToken;
		const response = await ytel.request('GET', `${path}${search ? `?${search}` : ''}`, { token });
		const code = String(response.body?.error?.[0]?.code ?? response.status);
		// An expired token (a long simulated run outlives its 120 minutes): renew once.
		if (attempt === 0 && (response.status === 401 || response.status === 403 || (response.body?.status === false && ['401', '403'].includes(code)))) {
			token = undefined;
			continue;
		}
		if (response.status !== 200 || response.body?.status !== true) throw new Error(`Ytel ${path}: ${response.text}`);
		return response.body.payload as IDataObject[];
	}
};

function triggerType(): INodeType {
	const description: INodeTypeDescription = {
		displayName: 'Ytel Strategy Trigger',
		name: 'ytelStrategyTrigger',
		group: ['trigger'],
		version: 1,
		description: 'test',
		defaults: { name: 'Ytel Strategy Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [
			{ displayName: 'Event', name: 'event', type: 'string', default: 'newInboundSms' },
			{ displayName: 'Unread Only', name: 'unreadOnly', type: 'boolean', default: false },
			{ displayName: 'Direction', name: 'direction', type: 'string', default: '' },
			{ displayName: 'Page Size', name: 'pageSize', type: 'number', default: 50 },
		],
	};
	return {
		description,
		async poll(this: IPollFunctions) {
			const pageSize = this.getNodeParameter('pageSize') as number;
			return await pollYtelEvent.call(this, this.getNodeParameter('event') as YtelEvent, list, {
				unreadOnly: this.getNodeParameter('unreadOnly') === true,
				direction: this.getNodeParameter('direction') as string,
				logLimit: pageSize,
				inboxLimit: pageSize,
				numberPageSize: pageSize,
				now: () => world.now,
				report: (what) => world.reports.push(what),
			});
		},
	};
}

function harness(event: YtelEvent, parameters: IDataObject = {}) {
	const env = { nodeTypes: { ytelStrategyTrigger: triggerType() }, credentialTypes: {}, credentials: {} };
	return new PollHarness(env, testNode('ytelStrategyTrigger', { event, ...parameters }, { name: 'Ytel Trigger', credentials: {} }));
}

/** The id each event's records are told apart by, as the insert control answers it. */
const ID_OF: Record<YtelEvent, (record: IDataObject) => string> = {
	newInboundSms: (record) => String(record.smsSid),
	newInboxMessage: (record) => String(record.time),
	newCall: (record) => String(record.callSid),
	newRecording: (record) => String(record.recordingSid),
	newContact: (record) => String(record.contactId),
	newNumber: (record) => String(record.phoneNumber),
};
/** The insert kind that makes each event's records. */
const KIND: Record<YtelEvent, string> = {
	newInboundSms: 'sms',
	newInboxMessage: 'inbox',
	newCall: 'call',
	newRecording: 'recording',
	newContact: 'contact',
	newNumber: 'number',
};

const idsOf = (event: YtelEvent, result: Awaited<ReturnType<PollHarness['poll']>>) => (result ? result[0].map((item) => ID_OF[event](item.json)) : []);

async function setClock(ms: number) {
	world.now = ms;
	await ytel.setClock(ms);
}
async function insert(kind: string, body: IDataObject = {}) {
	return (await ytel.insert({ kind, at: world.now, ...body })).map(({ id }) => id);
}
async function reveal(ids: string[]) {
	await ytel.control('reveal', { ids });
}

beforeEach(async () => {
	Object.assign(world, { now: 0, failIn: -1, requests: 0, reports: [] });
	token = undefined;
	await setClock(Date.UTC(2026, 11, 7, 10, 0, 0));
});

describe('Ytel trigger events on the shared strategies', () => {
	it('newInboundSms: the logs already there are history; new inbound SMS come out once, outbound ones never', async () => {
		await insert('sms', { count: 3, at: world.now - 2 * MINUTE });
		const trigger = harness('newInboundSms');
		expect(await trigger.poll({ isActivation: true })).toBeNull();
		await setClock(world.now + MINUTE);
		const fresh = await insert('sms', { count: 2 });
		const sent = await ytel.api('POST', '/v4/sms/', { to: '+15557000999', from: '+14009993000', text: 'outbound' });
		expect(sent.body.status).toBe(true);
		expect(idsOf('newInboundSms', await trigger.poll())).toEqual(fresh);
		expect(await trigger.poll()).toBeNull();
	});

	it('newInboundSms: a message that shows up late comes out once, and across midnight UTC the window still covers it', async () => {
		await setClock(Date.UTC(2026, 11, 7, 23, 58, 0));
		const trigger = harness('newInboundSms');
		await trigger.poll({ isActivation: true });
		const late = await insert('sms', { at: world.now + 30 * SECOND, hidden: true });
		await setClock(Date.UTC(2026, 11, 8, 0, 1, 0));
		const afterMidnight = await insert('sms');
		expect(idsOf('newInboundSms', await trigger.poll())).toEqual(afterMidnight);
		await reveal(late);
		await setClock(world.now + MINUTE);
		expect(idsOf('newInboundSms', await trigger.poll())).toEqual(late);
		expect(await trigger.poll()).toBeNull();
	});

	it('newCall: call sids are random, calls in one millisecond all come out once; the direction option filters', async () => {
		const both = harness('newCall');
		const inboundOnly = harness('newCall', { direction: 'inbound' });
		await both.poll({ isActivation: true });
		await inboundOnly.poll({ isActivation: true });
		await setClock(world.now + MINUTE);
		const inbound = await insert('call', { count: 4, direction: 'inbound' });
		const outbound = await insert('call', { count: 2, direction: 'outbound' });
		expect(new Set(idsOf('newCall', await both.poll()))).toEqual(new Set([...inbound, ...outbound]));
		expect(new Set(idsOf('newCall', await inboundOnly.poll()))).toEqual(new Set(inbound));
		const more = await insert('call', { direction: 'inbound' });
		expect(idsOf('newCall', await both.poll())).toEqual(more);
		expect(idsOf('newCall', await inboundOnly.poll())).toEqual(more);
	});

	it('newRecording: pages by lastCallSid past a day of older recordings', async () => {
		const dayStart = Date.UTC(2026, 11, 7);
		for (let index = 0; index < 12; index++) await insert('recording', { at: dayStart + index * MINUTE });
		const trigger = harness('newRecording', { pageSize: 5 });
		await trigger.poll({ isActivation: true });
		await setClock(world.now + MINUTE);
		const fresh: string[] = [];
		for (let index = 0; index < 7; index++) fresh.push(...(await insert('recording', { at: world.now + index })));
		const before = (await ytel.control<IDataObject[]>('requests', {}, 'GET')).length;
		expect(idsOf('newRecording', await trigger.poll())).toEqual(fresh);
		const asked = (await ytel.control<Array<{ path: string; query: IDataObject }>>('requests', {}, 'GET')).slice(before).filter((logged) => logged.path.startsWith('/v4/logs/recording'));
		expect(asked.length).toBeGreaterThanOrEqual(4);
		expect(asked[0].query.lastCallSid).toBeUndefined();
		expect(asked.slice(1).every((logged) => typeof logged.query.lastCallSid === 'string')).toBe(true);
	});

	it('newInboxMessage: newest first by the time-UUID over several pages; unread only leaves read ones out', async () => {
		const all = harness('newInboxMessage', { pageSize: 4 });
		const unread = harness('newInboxMessage', { unreadOnly: true, pageSize: 4 });
		await all.poll({ isActivation: true });
		await unread.poll({ isActivation: true });
		await setClock(world.now + MINUTE);
		const fresh: string[] = [];
		// Just before the clock: Ytel's inbox lists nothing newer than its own now, and a fast poll comes within milliseconds.
		for (let index = 0; index < 9; index++) fresh.push(...(await insert('inbox', { at: world.now - 9 + index, status: index % 3 === 0 ? 'read' : 'unread' })));
		expect(idsOf('newInboxMessage', await all.poll())).toEqual(fresh);
		expect(idsOf('newInboxMessage', await unread.poll())).toEqual(fresh.filter((_, index) => index % 3 !== 0));
		expect(await all.poll()).toBeNull();
	});

	it('newInboxMessage: the inbox shows one entry per conversation, so of two messages in one conversation between polls only the last comes out (a Ytel limit)', async () => {
		const trigger = harness('newInboxMessage');
		await trigger.poll({ isActivation: true });
		await setClock(world.now + MINUTE);
		const [first] = await insert('inbox', { from: '+15551230001', at: world.now - 2 });
		const [second] = await insert('inbox', { from: '+15551230001', at: world.now - 1 });
		expect(idsOf('newInboxMessage', await trigger.poll())).toEqual([second]);
		expect(first).not.toBe(second);
	});

	it('newContact: by the created time-UUID over a list in no time order; a contact that shows up late comes out once', async () => {
		const trigger = harness('newContact');
		await trigger.poll({ isActivation: true });
		await setClock(world.now + MINUTE);
		const late = await insert('contact', { at: world.now - 30 * SECOND, hidden: true });
		const fresh = await insert('contact', { count: 3 });
		expect(new Set(idsOf('newContact', await trigger.poll()))).toEqual(new Set(fresh));
		await reveal(late);
		expect(idsOf('newContact', await trigger.poll())).toEqual(late);
		expect(await trigger.poll()).toBeNull();
	});

	it('newContact: past the 1,000 contacts the list returns, new contacts stay hidden and the trigger says why', async () => {
		const before = (await ytel.control<{ contacts: number }>('records', {}, 'GET')).contacts;
		await ytel.insert({ kind: 'contact', count: 1000 - before, at: world.now - MINUTE });
		const trigger = harness('newContact');
		await trigger.poll({ isActivation: true });
		await setClock(world.now + MINUTE);
		await insert('contact');
		expect(await trigger.poll()).toBeNull();
		expect(world.reports).toContain('contact list at its 1,000 cap');
	});

	it('newNumber: by purchaseDate over every nextKey page; a new number that sorts first still comes out', async () => {
		for (let index = 0; index < 7; index++) await insert('number', { at: world.now - MINUTE, phoneNumber: `+1555800${String(index).padStart(4, '0')}` });
		const trigger = harness('newNumber', { pageSize: 3 });
		await trigger.poll({ isActivation: true });
		await setClock(world.now + MINUTE);
		const first = await insert('number', { phoneNumber: '+12000000001' });
		const last = await insert('number', { phoneNumber: '+19999999999', at: world.now + 1 });
		expect(idsOf('newNumber', await trigger.poll())).toEqual([...first, ...last]);
		expect(await trigger.poll()).toBeNull();
	});

	it('manual runs sample a record and leave every cursor alone', async () => {
		for (const event of Object.keys(KIND) as YtelEvent[]) {
			await insert(KIND[event], event === 'newNumber' ? { phoneNumber: '+15559000001' } : {});
			const trigger = harness(event);
			await trigger.poll({ isActivation: true });
			const before = JSON.stringify(trigger.staticData);
			const sample = await trigger.poll({ mode: 'manual' });
			expect({ event, sampled: sample?.[0].length }).toEqual({ event, sampled: 1 });
			expect(JSON.stringify(trigger.staticData)).toBe(before);
		}
	});
});

/** A seeded generator, so every run makes the same world. */
function seeded(seed: number) {
	let state = seed;
	const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
	return { next, int: (from: number, to: number) => from + Math.floor(next() * (to - from + 1)), chance: (p: number) => next() < p };
}

describe('seeded simulation per event: restarts, failed polls, bursts and late records', () => {
	const POLLS = 320;
	const summary: string[] = [];
	afterAll(() => console.log(`Ytel trigger simulation\n${summary.join('\n')}`));

	it.each(Object.keys(KIND) as YtelEvent[])('%s: every record after activation comes out exactly once', async (event) => {
		const random = seeded(18 + event.length);
		// Late evening UTC: the run crosses midnight, and outlives the 120-minute token.
		await setClock(Date.UTC(2026, 11, 7, 22, 30, 0));
		// Contacts: bursts stay small so the account stays under the 1,000 contacts the list returns.
		const pageSize = event === 'newInboxMessage' ? 20 : event === 'newNumber' ? 40 : event === 'newContact' ? 10 : 50;
		const usedPhones = new Set<string>();
		const extra = () => {
			if (event !== 'newNumber') return {};
			let phone: string;
			do phone = `+1${random.int(201, 989)}${String(random.int(0, 9_999_999)).padStart(7, '0')}`;
			while (usedPhones.has(phone));
			usedPhones.add(phone);
			return { phoneNumber: phone };
		};
		const make = async (at: number, hidden = false) => (await ytel.insert({ kind: KIND[event], at, hidden, ...extra() })).map(({ id }) => id);
		// History: records before activation, the newest a minute before it, and one older than that
		// only visible after activation (late, but history all the same).
		for (let index = 0; index < 5; index++) await make(world.now - random.int(2, 20) * MINUTE);
		await make(world.now - MINUTE);
		const hiddenHistory = await make(world.now - 2 * MINUTE, true);
		const trigger = harness(event, { pageSize });
		expect(await trigger.poll({ isActivation: true })).toBeNull();
		const activation = world.now;
		await reveal(hiddenHistory);

		const expected: string[] = [];
		const received = new Map<string, number>();
		const pendingLate: Array<{ ids: string[]; revealAt: number }> = [];
		const counts = { polls: 0, nullPolls: 0, failures: 0, restarts: 0, late: 0, bursts: 0, largestBurst: 0, maxState: 0 };
		const step = async (final = false) => {
			await setClock(world.now + random.int(10, 50) * SECOND);
			if (!final) {
				if (random.chance(0.5)) for (let count = random.int(1, 3); count > 0; count--) expected.push(...(await make(world.now - random.int(0, 5) * SECOND)));
				if (random.chance(0.07)) {
					const size = random.int(5, pageSize * 2 + 3);
					// Half the bursts share one millisecond (ties in a list's order).
					const tie = random.chance(0.5);
					for (let index = 0; index < size; index++) expected.push(...(await make(tie ? world.now : world.now - index)));
					counts.bursts++;
					counts.largestBurst = Math.max(counts.largestBurst, size);
				}
				if (random.chance(0.15)) {
					const at = Math.max(activation + 1, world.now - random.int(0, 90) * SECOND);
					const ids = await make(at, true);
					expected.push(...ids);
					pendingLate.push({ ids, revealAt: counts.polls + random.int(1, 3) });
					counts.late++;
				}
			}
			for (const late of pendingLate.filter((entry) => final || entry.revealAt <= counts.polls)) {
				await reveal(late.ids);
				pendingLate.splice(pendingLate.indexOf(late), 1);
			}
			if (!final && random.chance(0.08)) {
				trigger.dropUnpersisted();
				counts.restarts++;
			}
			const failing = !final && random.chance(0.08);
			world.failIn = failing ? random.int(0, 2) : -1;
			counts.polls++;
			try {
				const result = await trigger.poll();
				if (!result) counts.nullPolls++;
				for (const id of idsOf(event, result)) received.set(id, (received.get(id) ?? 0) + 1);
			} catch (error) {
				expect((error as Error).message).toContain('injected');
				counts.failures++;
			}
			world.failIn = -1;
			counts.maxState = Math.max(counts.maxState, JSON.stringify(trigger.staticData).length);
		};
		for (let poll = 0; poll < POLLS; poll++) await step();
		for (let poll = 0; poll < 3; poll++) await step(true);

		const missed = expected.filter((id) => !received.has(id));
		const duplicated = [...received].filter(([, count]) => count > 1).map(([id]) => id);
		const unexpected = [...received.keys()].filter((id) => !expected.includes(id));
		summary.push(
			`${event}: ${counts.polls} polls (${counts.nullPolls} null, ${counts.failures} failed, ${counts.restarts} restarts), ${expected.length} records ` +
				`(${counts.late} late, ${counts.bursts} bursts up to ${counts.largestBurst}), ${missed.length} missed, ${duplicated.length} duplicated, ` +
				`${unexpected.length} unexpected, state ≤ ${counts.maxState} bytes, reports: ${world.reports.length ? [...new Set(world.reports)].join(', ') : 'none'}; ${world.now - activation > 120 * MINUTE ? 'token renewed' : ''}`,
		);
		expect({ event, missed, duplicated, unexpected }).toEqual({ event, missed: [], duplicated: [], unexpected: [] });
		expect(counts.polls).toBeGreaterThanOrEqual(300);
		expect(counts.failures).toBeGreaterThan(5);
		expect(counts.restarts).toBeGreaterThan(5);
		expect(counts.late).toBeGreaterThan(20);
		expect(counts.bursts).toBeGreaterThan(5);
		expect(Date.UTC(2026, 11, 8)).toBeLessThan(world.now);
		// About 15 s on an idle machine; room for a busy one (a CI run next to other work took 140 s).
	}, 600_000);
});
