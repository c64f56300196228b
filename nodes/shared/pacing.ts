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
}

const schedules = new Map<string, Schedule>();

function scheduleOf(key: string): Schedule {
	let schedule = schedules.get(key);
	if (!schedule) {
		schedule = { next: 0, blockedUntil: 0 };
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

export async function waitForSlot(key: string, requestsPerSecond: number): Promise<void> {
	for (;;) {
		const delay = slotDelayMs(key, requestsPerSecond);
		if (delay > 0) await sleep(delay);
		// A pause that began while this request slept moves it behind the pause.
		if (scheduleOf(key).blockedUntil <= Date.now()) return;
	}
}

/** No request of this credential starts before `until` (epoch ms). */
export function holdBack(key: string, until: number): void {
	const schedule = scheduleOf(key);
	schedule.blockedUntil = Math.max(schedule.blockedUntil, until);
	schedule.next = Math.max(schedule.next, until);
}

/** For tests: forget every schedule. */
export function resetPacing(): void {
	schedules.clear();
}
