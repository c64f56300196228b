/**
 * The Ytel Trigger node through n8n-core's PollContext against the Ytel simulator, with the
 * ytelApi credential (token exchange and renewal through the shared request): named cases per
 * event (activation, one new record once, manual runs, restarts), Simplify, output schemas,
 * secrets, and a seeded simulation of at least 300 polls per event with restarts, failed polls
 * and late records: 0 missed, 0 duplicated.
 *
 * One clock for node and simulator: the simulator is in-process and reads `Date.now()`, so the
 * test moves `Date.now` by an offset (it keeps running in real time, so pacing still works).
 */
import type { ICredentialDataDecryptedObject, IDataObject, INodeExecutionData } from 'n8n-workflow';
import { YtelApi } from '../../credentials/YtelApi.credentials';
import { resetPacing } from '../../nodes/shared/pacing';
import { DEFAULT_LATE_MARGIN_MS } from '../../nodes/shared/poll';
import { resetTokenExchanges } from '../../nodes/shared/tokenExchange';
import { YTEL_EVENTS, type YtelEvent } from '../../nodes/Ytel/trigger/events';
import { YtelTrigger } from '../../nodes/Ytel/YtelTrigger.node';
import { PollHarness, testNode, type TestEnvironment } from '../helpers/engine';
import { outputSchemaCheck } from '../helpers/output-schemas';
import { expectNoSecrets } from '../helpers/secrets';
import { useYtelSim, YTEL_API_TOKEN, YTEL_USER } from '../helpers/ytel-sim';

const ytel = useYtelSim();
const SECOND = 1000;
const MINUTE = 60 * SECOND;

const realNow = Date.now.bind(Date);
let clockOffset = 0;
const now = () => Date.now();
/** Moves the one clock (node and simulator) to `ms`; it runs on in real time from there. */
const setClock = (ms: number) => {
	clockOffset = ms - realNow();
};
const advance = (ms: number) => {
	clockOffset += ms;
};

/** The id each event's records are told apart by, as the insert control answers it (kept by Simplify too). */
const ID_OF: Record<YtelEvent, (record: IDataObject) => string> = {
	newInboundSms: (record) => String(record.smsSid),
	newInboxMessage: (record) => String(record.time),
	newCall: (record) => String(record.callSid),
	newRecording: (record) => String(record.recordingSid),
	newContact: (record) => String(record.contactId),
	newNumber: (record) => String(record.phoneNumber),
};
const KIND: Record<YtelEvent, string> = {
	newInboundSms: 'sms',
	newInboxMessage: 'inbox',
	newCall: 'call',
	newRecording: 'recording',
	newContact: 'contact',
	newNumber: 'number',
};

let phoneSerial = 0;
/** Fields an insert needs per kind: numbers must be new phone numbers. */
const extraFor = (event: YtelEvent): IDataObject => (event === 'newNumber' ? { phoneNumber: `+1555${String(7_000_000 + ++phoneSerial).padStart(7, '0')}` } : {});

async function insert(event: YtelEvent, body: IDataObject = {}): Promise<string[]> {
	return (await ytel.insert({ kind: KIND[event], at: now(), ...extraFor(event), ...body })).map(({ id }) => id);
}
const reveal = async (ids: string[]) => await ytel.control('reveal', { ids });

function credentials(overrides: IDataObject = {}): ICredentialDataDecryptedObject {
	return {
		authMode: 'emailPassword',
		email: YTEL_USER.email,
		password: YTEL_USER.password,
		apiToken: '',
		baseUrl: ytel.url,
		yccBaseUrl: 'https://ycc-api.ytel.com/api/v2',
		requestsPerSecond: 150,
		accessToken: '',
		refreshToken: '',
		...overrides,
	};
}

function environment(overrides: IDataObject = {}): TestEnvironment {
	return { nodeTypes: { ytelTrigger: new YtelTrigger() }, credentialTypes: { ytelApi: new YtelApi() }, credentials: { ytelApi: credentials(overrides) } };
}

const CREDENTIAL = { ytelApi: { id: 'ytel-cred-1', name: 'Ytel test credential' } };
function trigger(event: YtelEvent, parameters: IDataObject = {}, env = environment()) {
	return new PollHarness(env, testNode('ytelTrigger', { event, ...parameters }, { name: 'Ytel Trigger', credentials: CREDENTIAL }));
}
const emitted = (result: INodeExecutionData[][] | null) => (result ? result[0].map((item) => item.json) : []);
const idsOf = (event: YtelEvent, result: INodeExecutionData[][] | null) => emitted(result).map(ID_OF[event]);

beforeAll(() => {
	jest.spyOn(Date, 'now').mockImplementation(() => realNow() + clockOffset);
});
afterAll(() => {
	jest.restoreAllMocks();
});
beforeEach(() => {
	resetPacing();
	resetTokenExchanges();
	setClock(Date.UTC(2026, 11, 7, 10, 0, 0));
});

describe('Ytel Trigger: named cases per event', () => {
	describe.each([...YTEL_EVENTS])('%s', (event) => {
		it('activation takes the baseline: records already there never come out', async () => {
			await insert(event, { at: now() - 2 * MINUTE });
			await insert(event, { at: now() - MINUTE });
			const node = trigger(event);
			expect(await node.poll({ isActivation: true })).toBeNull();
			expect(node.persisted['node:Ytel Trigger']).toMatchObject({ key: expect.stringContaining(event) });
			advance(MINUTE);
			expect(await node.poll()).toBeNull();
		});

		it('one new record comes out once', async () => {
			const node = trigger(event);
			await node.poll({ isActivation: true });
			advance(MINUTE);
			const fresh = await insert(event);
			expect(idsOf(event, await node.poll())).toEqual(fresh);
			advance(MINUTE);
			expect(await node.poll()).toBeNull();
		});

		it('a manual run returns one recent record and leaves the cursor alone', async () => {
			const node = trigger(event);
			await node.poll({ isActivation: true });
			advance(MINUTE);
			const fresh = await insert(event);
			const before = JSON.stringify(node.staticData);
			const sample = await node.poll({ mode: 'manual' });
			expect(idsOf(event, sample)).toEqual(fresh);
			expect(JSON.stringify(node.staticData)).toBe(before);
			// The sampled record still comes out when the trigger runs.
			expect(idsOf(event, await node.poll())).toEqual(fresh);
		});

		it('a restart carries on from the stored cursor: nothing again, nothing lost', async () => {
			const node = trigger(event);
			await node.poll({ isActivation: true });
			advance(MINUTE);
			const first = await insert(event);
			expect(idsOf(event, await node.poll())).toEqual(first);
			// A poll that emitted nothing is not stored by n8n; a restart then drops its changes.
			advance(MINUTE);
			expect(await node.poll()).toBeNull();
			node.dropUnpersisted();
			advance(MINUTE);
			const second = await insert(event);
			node.load();
			expect(idsOf(event, await node.poll())).toEqual(second);
		});
	});
});

describe('Ytel Trigger: options and limits', () => {
	it('New Call: Direction filters the calls and is part of the cursor', async () => {
		const inbound = trigger('newCall', { direction: 'inbound' });
		const both = trigger('newCall');
		await inbound.poll({ isActivation: true });
		await both.poll({ isActivation: true });
		advance(MINUTE);
		const calledIn = await insert('newCall', { count: 2, direction: 'inbound' });
		const calledOut = await insert('newCall', { direction: 'outbound' });
		expect(new Set(idsOf('newCall', await inbound.poll()))).toEqual(new Set(calledIn));
		expect(new Set(idsOf('newCall', await both.poll()))).toEqual(new Set([...calledIn, ...calledOut]));
		expect(inbound.staticData.key).toBe('newCall:inbound');
	});

	it('New Inbox Message: Unread Only leaves out messages already read', async () => {
		const unread = trigger('newInboxMessage', { unreadOnly: true });
		await unread.poll({ isActivation: true });
		advance(MINUTE);
		const read = await insert('newInboxMessage', { status: 'read' });
		const open = await insert('newInboxMessage', { status: 'unread', at: now() + 1 });
		expect(idsOf('newInboxMessage', await unread.poll())).toEqual(open);
		expect(read).toHaveLength(1);
	});

	it('New Contact: a full list of 1,000 contacts is logged as a limit, not hidden', async () => {
		const warnings: string[] = [];
		const held = (await ytel.control<{ contacts: number }>('records', {}, 'GET')).contacts;
		await ytel.insert({ kind: 'contact', count: 1000 - held, at: now() - MINUTE });
		const node = trigger('newContact');
		await node.poll({ isActivation: true });
		advance(MINUTE);
		await insert('newContact');
		// The logger n8n-core gives every node context (this.logger), n8n's own instance.
		const { Container } = require('@n8n/di') as { Container: { get: (type: unknown) => { warn: (message: string) => void } } };
		const { Logger } = require('@n8n/backend-common') as { Logger: unknown };
		const spy = jest.spyOn(Container.get(Logger), 'warn').mockImplementation((message: string) => void warnings.push(message));
		try {
			expect(await node.poll()).toBeNull();
		} finally {
			spy.mockRestore();
		}
		expect(warnings.some((text) => /Ytel Trigger: Ytel lists at most 1,000 contacts/.test(text))).toBe(true);
	});

	it('the Late Records Window option defaults to the shared late margin', () => {
		const options = new YtelTrigger().description.properties.find((property) => property.name === 'options')!;
		const late = (options.options as Array<{ name: string; default: unknown }>).find((option) => option.name === 'lateMarginSeconds')!;
		expect(late.default).toBe(DEFAULT_LATE_MARGIN_MS / 1000);
	});
});

describe('Ytel Trigger: Simplify', () => {
	const schemas = outputSchemaCheck('Ytel');
	afterAll(() => {
		// This file runs the trigger only; the action nodes' schemas are checked by their own runs.
		expect(schemas.finish().filter((target) => target.trigger).map((target) => target.operation)).toEqual([]);
	});

	/** Per event: the raw time field, how Simplify names it, and the record's insert time it holds. */
	const TIMES: Record<YtelEvent, { raw: string; simple: string; uuid?: boolean }> = {
		newInboundSms: { raw: 'date', simple: 'date' },
		newInboxMessage: { raw: 'timestamp', simple: 'timestamp' },
		newCall: { raw: 'date', simple: 'date' },
		newRecording: { raw: 'recordingDate', simple: 'recordingDate' },
		newContact: { raw: 'created', simple: 'createdAt', uuid: true },
		newNumber: { raw: 'purchaseDate', simple: 'purchaseDate' },
	};

	it.each([...YTEL_EVENTS])('%s: readable ISO times when simplified, Ytel’s raw record otherwise; the shipped schema holds', async (event) => {
		const simple = trigger(event);
		const raw = trigger(event, { simplify: false });
		await simple.poll({ isActivation: true });
		await raw.poll({ isActivation: true });
		advance(MINUTE);
		const at = now() - 1234;
		const [id] = await insert(event, { at });
		const [simplified] = emitted(await simple.poll());
		const [original] = emitted(await raw.poll());
		const { raw: rawField, simple: simpleField, uuid } = TIMES[event];
		expect(ID_OF[event](simplified)).toBe(id);
		expect(simplified[simpleField]).toBe(new Date(at).toISOString());
		if (uuid) expect(original[rawField]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-1[0-9a-f]{3}-/);
		else expect(original[rawField]).toBe(at);
		// Raw keeps every field Ytel sent; Simplify leaves out the account's ids.
		expect(original.accountSid).toEqual(expect.any(String));
		expect(simplified).not.toHaveProperty('accountSid');
		if (event === 'newInboxMessage') expect(simplified).toMatchObject({ direction: (original.event as IDataObject).direction, body: (original.event as IDataObject).body });
		expect(schemas.validate('ytelTrigger', { event }, [simplified])).toEqual([]);
	});

	it('newCall: the call log’s UTC text times become ISO times too', async () => {
		const node = trigger('newCall');
		await node.poll({ isActivation: true });
		advance(MINUTE);
		await insert('newCall');
		const [call] = emitted(await node.poll());
		expect(call.startTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/);
	});
});

describe('Ytel Trigger: secrets never in outputs or errors', () => {
	const secretsOf = (env: TestEnvironment) => {
		const stored = env.credentials.ytelApi;
		return [YTEL_USER.password, YTEL_API_TOKEN, String(stored.accessToken ?? ''), String(stored.refreshToken ?? '')].filter((secret) => secret.length > 6);
	};

	it('email and password: items, state and a failed poll carry no password or token', async () => {
		const env = environment();
		const node = trigger('newInboundSms', {}, env);
		await node.poll({ isActivation: true });
		advance(MINUTE);
		await insert('newInboundSms', { count: 2 });
		const result = await node.poll();
		expect(emitted(result)).toHaveLength(2);
		await ytel.control('fail', { count: 1, status: 500, message: 'Internal Error' });
		advance(MINUTE);
		const failure = await node.poll().catch((error: Error) => error);
		expect(failure).toBeInstanceOf(Error);
		expect((failure as Error).message).toMatch(/Ytel/);
		// Password, API token, and the access and refresh tokens the sign-in stored.
		expect(secretsOf(env).length).toBeGreaterThanOrEqual(4);
		expectNoSecrets({ result, failure, state: node.persisted }, secretsOf(env));
	});

	it('a wrong password fails the activation naming the sign-in, without the password', async () => {
		const env = environment({ password: 'wrong-password-4711' });
		const failure = await trigger('newContact', {}, env).poll({ isActivation: true }).catch((error: Error) => error);
		expect(failure).toBeInstanceOf(Error);
		expect((failure as Error).message).toMatch(/Ytel refused the email or password/);
		expectNoSecrets(failure, ['wrong-password-4711', YTEL_USER.password]);
	});

	it('API token: the trigger works and a failed poll does not show the token', async () => {
		const env = environment({ authMode: 'apiToken', apiToken: YTEL_API_TOKEN, email: '', password: '' });
		const node = trigger('newCall', {}, env);
		await node.poll({ isActivation: true });
		advance(MINUTE);
		const fresh = await insert('newCall');
		expect(idsOf('newCall', await node.poll())).toEqual(fresh);
		await ytel.control('fail', { count: 1, status: 500, message: 'Internal Error' });
		const failure = await node.poll().catch((error: Error) => error);
		expect(failure).toBeInstanceOf(Error);
		expectNoSecrets(failure, [YTEL_API_TOKEN]);
	});
});

/** A seeded generator, so every run makes the same world. */
function seeded(seed: number) {
	let state = seed;
	const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
	return { next, int: (from: number, to: number) => from + Math.floor(next() * (to - from + 1)), chance: (p: number) => next() < p };
}

describe('Ytel Trigger: seeded simulation per event (restarts, failed polls, late records, token expiry)', () => {
	const POLLS = 300;
	const summary: string[] = [];
	afterAll(() => console.log(`Ytel Trigger node simulation\n${summary.join('\n')}`));

	it.each([...YTEL_EVENTS])('%s: every record after activation comes out exactly once', async (event) => {
		const random = seeded(4711 + event.length);
		// Late evening UTC: the run crosses midnight, and outlives the 120-minute token.
		setClock(Date.UTC(2026, 11, 7, 22, 30, 0));
		const env = environment();
		const make = async (at: number, hidden = false) => await insert(event, { at, hidden });
		// History: records before activation, the newest a minute before it, and one older than that
		// shown only after activation (late, but history all the same; see the README on activation).
		for (let index = 0; index < 4; index++) await make(now() - random.int(2, 20) * MINUTE);
		await make(now() - MINUTE);
		const hiddenHistory = await make(now() - 2 * MINUTE, true);
		const node = trigger(event, {}, env);
		expect(await node.poll({ isActivation: true })).toBeNull();
		const activation = now();
		await reveal(hiddenHistory);

		const expected: string[] = [];
		const received = new Map<string, number>();
		const pendingLate: Array<{ ids: string[]; revealAt: number }> = [];
		const counts = { polls: 0, nullPolls: 0, failures: 0, restarts: 0, late: 0, bursts: 0, maxState: 0 };
		const step = async (final = false) => {
			advance(random.int(10, 50) * SECOND);
			if (!final) {
				if (random.chance(0.5)) for (let count = random.int(1, 3); count > 0; count--) expected.push(...(await make(now() - random.int(0, 5) * SECOND)));
				// Contacts: small bursts keep the account under the 1,000 contacts Ytel lists.
				if (random.chance(0.05)) {
					const size = random.int(3, event === 'newContact' ? 6 : 25);
					const tie = random.chance(0.5);
					const at = now();
					for (let index = 0; index < size; index++) expected.push(...(await make(tie ? at : at - index)));
					counts.bursts++;
				}
				if (random.chance(0.12)) {
					const ids = await make(Math.max(activation + 1, now() - random.int(0, 90) * SECOND), true);
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
				node.dropUnpersisted();
				counts.restarts++;
			}
			const failing = !final && random.chance(0.08);
			if (failing) await ytel.control('fail', { count: 1, status: random.chance(0.5) ? 500 : 503, message: 'Service Unavailable' });
			counts.polls++;
			try {
				const result = await node.poll();
				if (!result) counts.nullPolls++;
				for (const id of idsOf(event, result)) received.set(id, (received.get(id) ?? 0) + 1);
				expect(failing).toBe(false);
			} catch (error) {
				expect({ failing, message: (error as Error).message }).toEqual({ failing: true, message: expect.stringMatching(/Ytel|Service Unavailable/) });
				counts.failures++;
			}
			counts.maxState = Math.max(counts.maxState, JSON.stringify(node.persisted).length);
		};
		for (let poll = 0; poll < POLLS; poll++) await step();
		for (let poll = 0; poll < 3; poll++) await step(true);

		const missed = expected.filter((id) => !received.has(id));
		const duplicated = [...received].filter(([, count]) => count > 1).map(([id]) => id);
		const unexpected = [...received.keys()].filter((id) => !expected.includes(id));
		const renewed = env.preAuthentications?.ytelApi ?? 0;
		summary.push(
			`${event}: ${counts.polls} polls (${counts.nullPolls} null, ${counts.failures} failed, ${counts.restarts} restarts), ${expected.length} records ` +
				`(${counts.late} late, ${counts.bursts} bursts), ${missed.length} missed, ${duplicated.length} duplicated, ${unexpected.length} unexpected, ` +
				`stored state ≤ ${counts.maxState} bytes, ${renewed} sign-ins`,
		);
		expect({ event, missed, duplicated, unexpected }).toEqual({ event, missed: [], duplicated: [], unexpected: [] });
		expect(counts.polls).toBeGreaterThanOrEqual(300);
		expect(counts.failures).toBeGreaterThan(5);
		expect(counts.restarts).toBeGreaterThan(5);
		expect(counts.late).toBeGreaterThan(15);
		expect(counts.maxState).toBeLessThan(10_000);
		// The run crossed midnight UTC and outlived the first token.
		expect(Date.UTC(2026, 11, 8)).toBeLessThan(now());
		expect(renewed).toBeGreaterThanOrEqual(2);
	});
});
