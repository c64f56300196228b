import { sleep } from 'n8n-workflow';

/**
 * Client-side pacing, one schedule per credential. RoutingNode starts every input item's request
 * at once, so each request reserves the next free slot (`next = max(now, next) + interval`) and
 * sleeps until its slot. The interval carries a 5% margin so that timer and network jitter never
 * pushes a fifth request into the vendor's one-second window.
 */
const SAFETY_MARGIN = 1.05;
const nextFreeSlot = new Map<string, number>();

export function slotDelayMs(key: string, requestsPerSecond: number, now = Date.now()): number {
	if (!(requestsPerSecond > 0)) return 0;
	const interval = (1000 / requestsPerSecond) * SAFETY_MARGIN;
	const slot = Math.max(now, nextFreeSlot.get(key) ?? 0);
	nextFreeSlot.set(key, slot + interval);
	return slot - now;
}

export async function waitForSlot(key: string, requestsPerSecond: number): Promise<void> {
	const delay = slotDelayMs(key, requestsPerSecond);
	if (delay > 0) await sleep(delay);
}

/** For tests: forget every schedule. */
export function resetPacing(): void {
	nextFreeSlot.clear();
}
