'use strict';
/**
 * Version-1 time-UUIDs as Ytel uses them (contact `created`, inbox `time`, `smsSid`, …): the
 * first three groups hold the creation time in 100-ns steps since 1582-10-15, so a UUID made at
 * an epoch-ms time decodes back to exactly that time (API_FACTS §4.6).
 */
const crypto = require('node:crypto');

/** 100-ns intervals between 1582-10-15 (the UUID epoch) and 1970-01-01. */
const GREGORIAN_OFFSET = 122192928000000000n;

/** A v1 UUID for `ms`; `sub` (0–9999) orders several UUIDs of the same millisecond. */
function timeUuid(ms, sub = 0) {
	const ticks = BigInt(Math.trunc(ms)) * 10000n + BigInt(sub) + GREGORIAN_OFFSET;
	const low = (ticks & 0xffffffffn).toString(16).padStart(8, '0');
	const mid = ((ticks >> 32n) & 0xffffn).toString(16).padStart(4, '0');
	const high = (((ticks >> 48n) & 0x0fffn) | 0x1000n).toString(16).padStart(4, '0');
	const random = crypto.randomBytes(8);
	// RFC 4122 variant bits on the clock sequence; the node is random (multicast bit set, as RFC 4122 §4.5 asks).
	random[0] = (random[0] & 0x3f) | 0x80;
	random[2] |= 0x01;
	const clock = random.subarray(0, 2).toString('hex');
	const node = random.subarray(2, 8).toString('hex');
	return `${low}-${mid}-${high}-${clock}-${node}`;
}

/** The epoch ms a v1 UUID was made at, or NaN when it is not a v1 UUID. */
function timeOf(uuid) {
	const match = /^([0-9a-f]{8})-([0-9a-f]{4})-1([0-9a-f]{3})-[0-9a-f]{4}-[0-9a-z]{12}$/i.exec(String(uuid));
	if (!match) return NaN;
	const ticks = (BigInt(`0x${match[3]}`) << 48n) | (BigInt(`0x${match[2]}`) << 32n) | BigInt(`0x${match[1]}`);
	return Number((ticks - GREGORIAN_OFFSET) / 10000n);
}

/** The full 60-bit time of a v1 UUID (sub-millisecond order included), for sorting. */
function ticksOf(uuid) {
	const match = /^([0-9a-f]{8})-([0-9a-f]{4})-1([0-9a-f]{3})-/i.exec(String(uuid));
	if (!match) return -1n;
	return (BigInt(`0x${match[3]}`) << 48n) | (BigInt(`0x${match[2]}`) << 32n) | BigInt(`0x${match[1]}`);
}

module.exports = { timeUuid, timeOf, ticksOf };
