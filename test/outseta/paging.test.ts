/**
 * Request counts of the shared paginator and pacing against the simulator's limiter
 * (at most 4 accepted requests in any 1,000 ms).
 */
import type { IDataObject } from 'n8n-workflow';
import { resetPacing } from '../../nodes/shared/pacing';
import { runNode } from '../helpers/engine';
import { byId, OutsetaSim, useOutsetaSim, outsetaEnvironment, outsetaNode, type SimRequest } from '../helpers/outseta';

const { startSimulator } = require('../../scripts/lib/simulators.js');

// Timing against a limiter: a machine busy enough to hold a request back past the 5 % margin can
// still meet a 429 (retried by the node); a test is tried again before it counts as failed.
jest.retryTimes(2, { logErrorsBeforeRetry: true });

const listRequests = (log: SimRequest[]) => log.filter((entry) => entry.path === '/api/v1/crm/people');
const rateLimited = (log: SimRequest[]) => log.filter((entry) => entry.status === 429).length;

/** 40 input items on Get, which RoutingNode starts at once: all answered, none refused; the log. */
async function getFortyPeopleAtOnce(sim: OutsetaSim): Promise<SimRequest[]> {
	const result = await runNode(
		outsetaEnvironment(sim),
		outsetaNode({ resource: 'person', operation: 'get', personId: byId('qrm0A4QX') }),
		Array.from({ length: 40 }, (_, index) => ({ index })),
	);
	const log = await sim.requests();
	expect(result.error).toBeUndefined();
	expect(result.items).toHaveLength(40);
	expect(log).toHaveLength(40);
	expect(rateLimited(log)).toBe(0);
	return log;
}

describe('Outseta paging and pacing', () => {
	const sim = useOutsetaSim();

	it('Return All of 1,000 people sends exactly 10 page requests with no 429', async () => {
		await sim.control('reset', { empty: true });
		await sim.control('seed', { people: 1000 });
		const result = await runNode(
			outsetaEnvironment(sim),
			outsetaNode({ resource: 'person', operation: 'getAll', returnAll: true, simplify: false }),
		);
		const log = await sim.requests();
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1000);
		expect(new Set(result.items.map((item) => item.json.Uid)).size).toBe(1000);
		expect(listRequests(log)).toHaveLength(10);
		expect(listRequests(log).map((entry) => entry.query.offset)).toEqual(
			['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
		);
		expect(listRequests(log).every((entry) => entry.query.limit === '100')).toBe(true);
		expect(rateLimited(log)).toBe(0);
	});

	it('a Limit of 250 takes 3 requests and returns 250 records', async () => {
		await sim.control('seed', { people: 400 });
		const result = await runNode(
			outsetaEnvironment(sim),
			outsetaNode({ resource: 'person', operation: 'getAll', returnAll: false, limit: 250 }),
		);
		const log = await sim.requests();
		expect(result.items).toHaveLength(250);
		expect(listRequests(log)).toHaveLength(3);
		expect(rateLimited(log)).toBe(0);
	});

	it('a Limit within one page asks for exactly that many', async () => {
		await sim.control('seed', { people: 50 });
		const result = await runNode(
			outsetaEnvironment(sim),
			outsetaNode({ resource: 'person', operation: 'getAll', returnAll: false, limit: 7 }),
		);
		const log = listRequests(await sim.requests());
		expect(result.items).toHaveLength(7);
		expect(log).toHaveLength(1);
		expect(log[0].query).toMatchObject({ limit: '7', offset: '0' });
	});

	it('uses pages of 25 when fields reach into child objects', async () => {
		await sim.control('reset', { empty: true });
		await sim.control('seed', { people: 60 });
		const result = await runNode(
			outsetaEnvironment(sim),
			outsetaNode({
				resource: 'person',
				operation: 'getAll',
				returnAll: true,
				simplify: false,
				options: { fields: 'Uid,PersonAccount.Account.Uid' },
			}),
		);
		const log = listRequests(await sim.requests());
		expect(result.items).toHaveLength(60);
		expect(log.map((entry) => entry.query.limit)).toEqual(['25', '25', '25']);
		expect(Object.keys(result.items[0].json).sort()).toEqual(['PersonAccount', 'Uid']);
	});

	it('paces 40 input items on Get so none is refused', async () => {
		const log = await getFortyPeopleAtOnce(sim);
		// Paced at 4 per second: the 40 requests span at least 9 seconds.
		expect(log[39].at - log[0].at).toBeGreaterThanOrEqual(9000);
	});

	it('retries a 429 after Retry-After and succeeds', async () => {
		await sim.control('fail', { count: 2, status: 429, retryAfter: 0 });
		const result = await runNode(
			outsetaEnvironment(sim),
			outsetaNode({ resource: 'person', operation: 'get', personId: byId('qrm0A4QX') }),
		);
		const log = await sim.requests();
		expect(result.error).toBeUndefined();
		expect(result.items[0].json.Uid).toBe('qrm0A4QX');
		expect(log.map((entry) => entry.status)).toEqual([429, 429, 200]);
	});

	it('retries a 429 on a page in the middle of Return All', async () => {
		await sim.control('reset', { empty: true });
		await sim.control('seed', { people: 150 });
		await sim.control('fail', { count: 1, status: 429, retryAfter: 0, query: { offset: 1 } });
		const result = await runNode(
			outsetaEnvironment(sim),
			outsetaNode({ resource: 'person', operation: 'getAll', returnAll: true }),
		);
		const log = listRequests(await sim.requests());
		expect(result.items).toHaveLength(150);
		expect(log.map((entry) => [entry.query.offset, entry.status])).toEqual([
			['0', 200],
			['1', 429],
			['1', 200],
		]);
	});

	it('a 429 with Retry-After pauses the whole schedule: items waiting meanwhile do not burn their retries', async () => {
		// The first request meets a 429 asking for 2 s; eleven items are queued behind it.
		await sim.control('fail', { count: 1, status: 429, retryAfter: 2 });
		await sim.clearLog();
		const started = Date.now();
		const result = await runNode(
			outsetaEnvironment(sim),
			outsetaNode({ resource: 'person', operation: 'get', personId: byId('={{ $json.uid }}') }),
			Array.from({ length: 12 }, () => ({ uid: 'qrm0A4QX' })),
		);
		const log = await sim.requests();
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(12);
		// One refusal, one retry: nobody else ran into the limit during the pause.
		expect(log.map((entry) => entry.status).filter((status) => status === 429)).toHaveLength(1);
		expect(log).toHaveLength(13);
		const refusedAt = log.find((entry) => entry.status === 429)!.at;
		expect(log.filter((entry) => entry.at > refusedAt && entry.at < refusedAt + 1900)).toEqual([]);
		expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
	});

	it('gives up after three retries with its own 429 message', async () => {
		await sim.control('fail', { count: 4, status: 429, retryAfter: 0 });
		const result = await runNode(
			outsetaEnvironment(sim),
			outsetaNode({ resource: 'person', operation: 'get', personId: byId('qrm0A4QX') }),
		);
		expect(result.error?.httpCode).toBe('429');
		expect(result.error?.message).toContain('Outseta rate limit reached (HTTP 429)');
		expect(result.error?.message).not.toContain('batching');
		expect(await sim.requests()).toHaveLength(4);
	});

	it('waits 1, 2 and 4 seconds between retries when there is no Retry-After', async () => {
		await sim.control('fail', { count: 3, status: 429 });
		const result = await runNode(
			outsetaEnvironment(sim),
			outsetaNode({ resource: 'person', operation: 'get', personId: byId('qrm0A4QX') }),
		);
		const log = await sim.requests();
		expect(result.items[0].json.Uid).toBe('qrm0A4QX');
		const gaps = log.slice(1).map((entry, index) => entry.at - log[index].at);
		expect(gaps[0]).toBeGreaterThanOrEqual(1000);
		expect(gaps[1]).toBeGreaterThanOrEqual(2000);
		expect(gaps[2]).toBeGreaterThanOrEqual(4000);
	}, 30000);
});

// The vendor counts arrivals; with 200 ms round trips and ±20 ms jitter each way, requests dated
// by when they left must still never put a fifth arrival into one second. The simulator runs as
// its own process, as the vendor would: its clock is not held up by the engine's work.
describe('Outseta pacing over a network with latency', () => {
	let server: { url: string; stop(): Promise<void> };
	let sim: OutsetaSim;
	beforeAll(async () => {
		server = await startSimulator('outseta');
		sim = new OutsetaSim(server.url);
	});
	afterAll(async () => {
		await server.stop();
	});
	beforeEach(async () => {
		await sim.reset();
		await sim.control('config', { latency: { ms: 200, jitterMs: 20 } });
	});

	it('Return All of 1,000 people meets no 429', async () => {
		await sim.control('reset', { empty: true });
		await sim.control('config', { latency: { ms: 200, jitterMs: 20 } });
		await sim.control('seed', { people: 1000 });
		const result = await runNode(
			outsetaEnvironment(sim),
			outsetaNode({ resource: 'person', operation: 'getAll', returnAll: true, simplify: false }),
		);
		const log = await sim.requests();
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1000);
		expect(listRequests(log)).toHaveLength(10);
		expect(rateLimited(log)).toBe(0);
	});

	// A page walked one after the other arrives at least a round trip (600 ms) after the answer
	// before it left the vendor; one asked for ahead arrives about one slot (262 ms) after the
	// page before it. The line between them is drawn at 450 ms.
	it('with 600 ms round trips, pages the total says exist are asked for before the answers come back, none beyond it', async () => {
		await sim.control('reset', { empty: true });
		await sim.control('seed', { people: 1000 });
		const expected: string[] = [];
		for (let page = 0; page < 10; page++) {
			expected.push(...(await sim.api('GET', `/crm/people?limit=100&offset=${page}`)).body.items.map((person: IDataObject) => person.Uid as string));
		}
		await sim.clearLog();
		resetPacing();
		await sim.control('config', { latency: { ms: 600, jitterMs: 20 } });
		const result = await runNode(
			outsetaEnvironment(sim),
			outsetaNode({ resource: 'person', operation: 'getAll', returnAll: true, simplify: false }),
		);
		const log = listRequests(await sim.requests());
		expect(result.error).toBeUndefined();
		expect(new Set(expected).size).toBe(1000);
		expect(result.items.map((item) => item.json.Uid)).toEqual(expected);
		// Each page served once, none past the total (a rare 429 under load is retried: the 200 ms
		// cases above hold the no-429 line).
		const served = log.filter((entry) => entry.status === 200);
		expect(served.map((entry) => entry.query.offset).sort((a, b) => Number(a) - Number(b))).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
		expect(log.every((entry) => Number(entry.query.offset) <= 9)).toBe(true);
		const sorted = [...served].sort((a, b) => a.at - b.at);
		const early = sorted.slice(1).filter((entry, index) => entry.at < sorted[index].answeredAt! + 450);
		expect(early.length).toBeGreaterThanOrEqual(7);
	});

	it('40 input items on Get, all started at once, meet no 429', async () => {
		await getFortyPeopleAtOnce(sim);
	});
});
