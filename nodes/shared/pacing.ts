import { sleep } from 'n8n-workflow';

/**
 * Client-side pacing, one schedule per credential, shared by every item and workflow in the n8n
 * process. RoutingNode starts every input item's request at once, so each request reserves the
 * next free slot (`next = max(now, next, blockedUntil) + interval`) and sleeps until its slot.
 * The interval carries a 5% margin so that timer and network jitter never pushes one request too
 * many into the vendor's one-second window.
 *
 * When the vendor says to hold back (a 429, or a rate-limit header at zero), `holdBack` moves the
 * whole schedule: requests already waiting for an earlier slot take a new one after the pause
 * instead of running into the limit and burning their retries.
 */
const SAFETY_MARGIN = 1.05;

interface Schedule {
	next: number;
	blockedUntil: number;
	/** The last requests of one window (see `leftAt`). */
	sent: Sent[];
	/** Round trips of the last answers (ms): the usual one tells a request that left late. */
	roundTrips: number[];
	/** The vendor refused this credential until then (a Retry-After too long to wait for). */
	refusedUntil: number;
}

/**
 * A request of the window: `slotAt` when it was released to go, `backAt` when its answer came
 * back. It really left the machine between the two, after n8n's own work (credentials, signing;
 * slow on a run's first request or a busy machine).
 */
interface Sent {
	slotAt: number;
	backAt?: number;
}

const ROUND_TRIPS_KEPT = 16;

/**
 * When a request really left: the vendor counts it on arrival, and requests that travel alike
 * arrive as far apart as they left, so dating by departure keeps the window without also waiting
 * out each round trip (dating by the answer cost a quarter of the rate at 200 ms latency). A
 * request whose round trip was longer than the usual one may have left late (n8n's own work
 * before sending: a run's first request, a busy machine): it is dated later by the difference.
 */
function leftAt(schedule: Schedule, sent: Sent): number {
	if (sent.backAt === undefined || schedule.roundTrips.length < 3) return sent.slotAt;
	const usual = [...schedule.roundTrips].sort((a, b) => a - b)[Math.floor(schedule.roundTrips.length / 2)];
	return Math.max(sent.slotAt, sent.backAt - usual);
}

const schedules = new Map<string, Schedule>();

function scheduleOf(key: string): Schedule {
	let schedule = schedules.get(key);
	if (!schedule) {
		schedule = { next: 0, blockedUntil: 0, sent: [], roundTrips: [], refusedUntil: 0 };
		schedules.set(key, schedule);
	}
	return schedule;
}

/** Reserves the next slot; returns how long to wait for it. */
export function slotDelayMs(key: string, requestsPerSecond: number, now = Date.now()): number {
	const schedule = scheduleOf(key);
	const interval = requestsPerSecond > 0 ? (1000 / requestsPerSecond) * SAFETY_MARGIN : 0;
	const slot = Math.max(now, schedule.next, schedule.blockedUntil);
	schedule.next = slot + interval;
	return slot - now;
}

/**
 * How long until one more request fits a vendor's sliding window, judged by when the last
 * requests really left: a slot only says when a request may start, and one that left late must
 * not squeeze the next ones into its window.
 */
function windowWaitMs(schedule: Schedule, requestsPerSecond: number, now: number): number {
	if (!(requestsPerSecond > 0)) return 0;
	const perWindow = Math.max(1, Math.floor(requestsPerSecond));
	const windowMs = (perWindow / requestsPerSecond) * 1000 * SAFETY_MARGIN;
	if (schedule.sent.length < perWindow) return 0;
	return Math.max(0, leftAt(schedule, schedule.sent[schedule.sent.length - perWindow]) + windowMs - now);
}

/** Waits for this credential's next slot; call the returned function when the answer is back. */
export async function waitForSlot(key: string, requestsPerSecond: number): Promise<() => void> {
	for (;;) {
		const delay = slotDelayMs(key, requestsPerSecond);
		if (delay > 0) await sleep(delay);
		const schedule = scheduleOf(key);
		// A pause that began while this request slept moves it behind the pause.
		if (schedule.blockedUntil > Date.now()) continue;
		// A request waiting for the window keeps its place: a new slot would put it behind every
		// request already scheduled (pages asked for ahead would come back out of order, late).
		for (let wait = windowWaitMs(schedule, requestsPerSecond, Date.now()); wait > 0; ) {
			await sleep(wait);
			if (schedule.blockedUntil > Date.now()) break;
			wait = windowWaitMs(schedule, requestsPerSecond, Date.now());
		}
		if (schedule.blockedUntil > Date.now()) continue;
		const sent: Sent = { slotAt: Date.now() };
		schedule.sent.push(sent);
		if (schedule.sent.length > Math.max(1, Math.floor(requestsPerSecond))) schedule.sent.shift();
		return () => {
			if (sent.backAt !== undefined) return;
			sent.backAt = Date.now();
			schedule.roundTrips.push(sent.backAt - sent.slotAt);
			if (schedule.roundTrips.length > ROUND_TRIPS_KEPT) schedule.roundTrips.shift();
		};
	}
}

/** No request of this credential starts before `until` (epoch ms). */
export function holdBack(key: string, until: number): void {
	const schedule = scheduleOf(key);
	schedule.blockedUntil = Math.max(schedule.blockedUntil, until);
	schedule.next = Math.max(schedule.next, until);
}

/** The vendor will refuse this credential until `until` (epoch ms): requests fail without being sent. */
export function refuseUntil(key: string, until: number): void {
	const schedule = scheduleOf(key);
	schedule.refusedUntil = Math.max(schedule.refusedUntil, until);
}

/** How long the vendor still refuses this credential (ms; 0 when it does not). */
export function refusedForMs(key: string, now = Date.now()): number {
	return Math.max(0, (schedules.get(key)?.refusedUntil ?? 0) - now);
}

/** For tests: forget every schedule. */
export function resetPacing(): void {
	schedules.clear();
}
