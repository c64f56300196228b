/**
 * The time codecs the Ytel trigger and Simplify share: version-1 time-UUIDs decode to exactly the
 * epoch-ms field the same record carries in every saved example, agree with the Ytel simulator's
 * codec (which writes them to the 100 ns), sort by creation time, and UTC days for date windows.
 */
import { readFileSync } from 'node:fs';
import {
	compareTimeUuids,
	epochMillis,
	timeUuidAt,
	timeUuidMillis,
	timeUuids,
	timeUuidTicks,
	utcDay,
	utcDayStart,
} from '../../nodes/shared/poll';

const simulatorCodec = require('../simulators/ytel/timeuuid.js') as {
	timeUuid(ms: number, sub?: number): string;
	timeOf(uuid: string): number;
	ticksOf(uuid: string): bigint;
};

/** Fields that hold the same instant twice in one record: a time-UUID and epoch ms. */
const PAIRS: Array<[uuidField: string, millisField: string]> = [
	['time', 'timestamp'],
	['smsSid', 'date'],
	['messageId', 'time'],
	['carrierSid', 'date'],
	['uniqueid', 'date'],
];

/** Every object of every saved example body of the Ytel collection. */
function exampleObjects(): Array<{ request: string; record: Record<string, unknown> }> {
	const collection = JSON.parse(readFileSync('/work/shared/api-collections/ytel.postman_collection.json', 'utf8'));
	const found: Array<{ request: string; record: Record<string, unknown> }> = [];
	const visit = (value: unknown, request: string) => {
		if (Array.isArray(value)) for (const item of value) visit(item, request);
		else if (value && typeof value === 'object') {
			found.push({ request, record: value as Record<string, unknown> });
			for (const item of Object.values(value)) visit(item, request);
		}
	};
	const walk = (node: { item?: unknown[]; name?: string; response?: Array<{ body?: string }> }) => {
		for (const child of (node.item ?? []) as Array<typeof node>) walk(child);
		for (const response of node.response ?? []) {
			try {
				visit(JSON.parse(response.body ?? ''), node.name ?? '');
			} catch {
				// Not JSON (an empty or text body): no records.
			}
		}
	};
	walk(collection);
	return found;
}

describe('time-UUID codec', () => {
	it('decodes every time-UUID of the saved examples to exactly the epoch ms its record carries', () => {
		const checked: string[] = [];
		const zero: string[] = [];
		for (const { request, record } of exampleObjects()) {
			for (const [uuidField, millisField] of PAIRS) {
				const uuid = record[uuidField];
				const millis = record[millisField];
				if (typeof uuid !== 'string' || typeof millis !== 'number' || timeUuidTicks(uuid) === undefined) continue;
				// Get Conversation's example writes event.time 0 beside a real messageId (a known quirk).
				if (millis === 0) {
					zero.push(`${request}: ${uuidField}`);
					continue;
				}
				expect({ request, uuidField, decoded: timeUuidMillis(uuid) }).toEqual({ request, uuidField, decoded: millis });
				checked.push(`${request}: ${uuidField}`);
			}
		}
		// Inbox time, inbox event messageId, SMS logs (list and detail), carrier, debug logs.
		expect(new Set(checked)).toEqual(
			new Set(['Get inbox: time', 'Get inbox: messageId', 'Get SMS Logs: smsSid', 'Get SMS Detail Log: smsSid', 'Get Carrier: carrierSid', 'Get Debug logs: uniqueid']),
		);
		expect(checked.length).toBeGreaterThanOrEqual(15);
		expect(zero).toEqual(['Get Conversation: messageId']);
	});

	it('the two facts API_FACTS §4.6 verified by hand', () => {
		expect(timeUuidMillis('db31d030-6156-11ed-8f22-3d2972e44898')).toBe(1668126119091);
		expect(new Date(timeUuidMillis('db31d030-6156-11ed-8f22-3d2972e44898') as number).toISOString()).toBe('2022-11-11T00:21:59.091Z');
		expect(timeUuidMillis('af2c5810-52d6-11eb-8214-896651f1fc24')).toBe(1610236758033);
	});

	it('agrees with the simulator codec to the 100 ns, sub-millisecond steps included, at the edges of the range', () => {
		let seed = 11;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		const instants = [0, 1, 86_400_000 - 1, 1610236758033, 1668126119091, Date.UTC(2100, 0, 1), ...Array.from({ length: 200 }, () => Math.floor(random() * 4e12))];
		for (const ms of instants) {
			for (const sub of [0, 1, 9999]) {
				const uuid = simulatorCodec.timeUuid(ms, sub);
				expect({ uuid, ms: timeUuidMillis(uuid) }).toEqual({ uuid, ms });
				expect(timeUuidTicks(uuid)).toBe(simulatorCodec.ticksOf(uuid));
			}
			// The bound written for a millisecond decodes back to it and sorts before every UUID of it.
			expect(timeUuidMillis(timeUuidAt(ms))).toBe(ms);
			expect(simulatorCodec.timeOf(timeUuidAt(ms))).toBe(ms);
			expect(compareTimeUuids(timeUuidAt(ms), simulatorCodec.timeUuid(ms, 0))).toBeLessThan(0);
			expect(compareTimeUuids(simulatorCodec.timeUuid(ms, 9999), timeUuidAt(ms + 1))).toBeLessThan(0);
		}
	});

	it('orders by creation time, not by text (the text starts with the low bits of the time)', () => {
		const base = 1668126119091;
		const made = [base + 5000, base, base + 4_294_967, base + 1, base - 86_400_000].map((ms, index) => ({ ms, uuid: simulatorCodec.timeUuid(ms, index) }));
		const byText = [...made].sort((a, b) => (a.uuid < b.uuid ? -1 : 1)).map(({ ms }) => ms);
		const byTime = [...made].sort((a, b) => compareTimeUuids(a.uuid, b.uuid)).map(({ ms }) => ms);
		expect(byTime).toEqual([...made].map(({ ms }) => ms).sort((a, b) => a - b));
		expect(byText).not.toEqual(byTime);
		// Same millisecond: by the sub-millisecond step.
		expect(compareTimeUuids(simulatorCodec.timeUuid(base, 2), simulatorCodec.timeUuid(base, 1))).toBeGreaterThan(0);
	});

	it('refuses what is not a version-1 UUID: a v4 callSid, text, numbers, empty', () => {
		for (const value of ['8f0c4a3e-2b1d-4c5e-9f6a-7b8c9d0e1f2a', 'not-a-uuid', '', 1610236758033, null, undefined, {}]) {
			expect(timeUuidTicks(value)).toBeUndefined();
			expect(timeUuidMillis(value)).toBeUndefined();
			expect(timeUuids.parse(value)).toBeUndefined();
		}
		// Non-UUIDs sort first, so a list of mixed ids still has an order.
		expect(compareTimeUuids('x', simulatorCodec.timeUuid(0))).toBeLessThan(0);
	});

	it('epoch ms and UTC days for date windows', () => {
		expect(epochMillis.parse(1610236758033)).toBe(1610236758033);
		expect(epochMillis.parse('1610236758033')).toBe(1610236758033);
		expect(utcDay(1610236758033)).toBe('2021-01-09');
		expect(utcDay(1610236758033, true)).toBe('20210109');
		expect(utcDay(Date.UTC(2021, 0, 9, 23, 59, 59, 999))).toBe('2021-01-09');
		expect(utcDayStart(Date.UTC(2021, 0, 9, 23, 59, 59, 999))).toBe(Date.UTC(2021, 0, 9));
		expect(utcDayStart(Date.UTC(2021, 0, 10))).toBe(Date.UTC(2021, 0, 10));
	});
});
