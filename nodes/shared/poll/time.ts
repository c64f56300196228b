/**
 * Vendor timestamps as epoch milliseconds and back: the cursor strategies compare times as
 * numbers and send them back in the form the vendor's list filter takes.
 */

/** How a vendor writes the timestamps its list endpoints return and filter on. */
export interface TimeCodec {
	/** Epoch milliseconds of a vendor timestamp; undefined when missing or unreadable. */
	parse(value: unknown): number | undefined;
	/** The vendor's representation of an instant, as its list filter takes it. */
	format(millis: number): string;
}

/**
 * ISO-8601 timestamps. Values without a zone are read in `zonelessAs` (the vendor's server
 * time, UTC for most); `format` writes `YYYY-MM-DDTHH:mm:ss`, with `Z` unless `writeZone` is off.
 */
export function isoTimestamps(options: { zonelessAs: 'utc'; writeZone: boolean }): TimeCodec {
	return {
		parse(value) {
			if (typeof value !== 'string' || value.trim() === '') return undefined;
			const text = value.trim().replace(' ', 'T');
			const zoned = /(Z|[+-]\d{2}:?\d{2})$/i.test(text);
			const millis = Date.parse(zoned || options.zonelessAs !== 'utc' ? text : `${text}Z`);
			return Number.isNaN(millis) ? undefined : millis;
		},
		format(millis) {
			const second = new Date(millis).toISOString().slice(0, 19);
			return options.writeZone ? `${second}Z` : second;
		},
	};
}

/** Timestamps as epoch milliseconds (numbers or numeric strings). */
export const epochMillis: TimeCodec = {
	parse(value) {
		const millis = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
		return Number.isFinite(millis) && millis > 0 ? millis : undefined;
	},
	format: (millis) => String(Math.floor(millis)),
};

/**
 * Version-1 time-UUIDs (RFC 4122 §4.1.4), which some vendors use as ids that tell their creation
 * time (Ytel: contact `created`, inbox `time`, `smsSid`, `recordingSid`): the first three groups
 * hold a 60-bit count of 100-ns intervals since 1582-10-15 (the Gregorian reform). BigInt keeps
 * the 60 bits exact; the target predates BigInt literals, hence `BigInt(…)` calls.
 */
const V1_UUID = /^([0-9a-f]{8})-([0-9a-f]{4})-1([0-9a-f]{3})-([0-9a-f]{4})-([0-9a-z]{12})$/i;
/** 100-ns intervals from 1582-10-15T00:00:00Z to 1970-01-01T00:00:00Z. */
const GREGORIAN_TO_UNIX_TICKS = BigInt('122192928000000000');
const TICKS_PER_MS = BigInt(10000);

/** The 60-bit time of a version-1 UUID (100-ns intervals since 1582-10-15); undefined for anything else (a v4 UUID, say). */
export function timeUuidTicks(value: unknown): bigint | undefined {
	const match = typeof value === 'string' ? V1_UUID.exec(value.trim()) : null;
	if (!match) return undefined;
	return (BigInt(`0x${match[3]}`) << BigInt(48)) | (BigInt(`0x${match[2]}`) << BigInt(32)) | BigInt(`0x${match[1]}`);
}

/** The epoch milliseconds a version-1 UUID was made at (sub-millisecond steps cut off); undefined for anything else. */
export function timeUuidMillis(value: unknown): number | undefined {
	const ticks = timeUuidTicks(value);
	if (ticks === undefined) return undefined;
	const since = ticks - GREGORIAN_TO_UNIX_TICKS;
	// Floor (BigInt division truncates toward zero): times before 1970 stay in their millisecond.
	const millis = since / TICKS_PER_MS - (since % TICKS_PER_MS < BigInt(0) ? BigInt(1) : BigInt(0));
	return Number(millis);
}

/**
 * Time-UUIDs in creation order (to the 100 ns), for `sort`: not their text order, which starts
 * with the low bits of the time. Values that are not time-UUIDs sort first, by text.
 */
export function compareTimeUuids(a: unknown, b: unknown): number {
	const left = timeUuidTicks(a);
	const right = timeUuidTicks(b);
	if (left === undefined || right === undefined) {
		if (left !== right) return left === undefined ? -1 : 1;
		return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
	}
	if (left !== right) return left < right ? -1 : 1;
	return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

/**
 * The smallest version-1 UUID of a millisecond (clock sequence and node zero, variant bits set):
 * a bound for filters that take a time-UUID ("entries before `lastTime`"), not an id.
 */
export function timeUuidAt(millis: number): string {
	const ticks = BigInt(Math.floor(millis)) * TICKS_PER_MS + GREGORIAN_TO_UNIX_TICKS;
	const hex = (value: bigint, width: number) => value.toString(16).padStart(width, '0');
	const low = hex(ticks & BigInt(0xffffffff), 8);
	const mid = hex((ticks >> BigInt(32)) & BigInt(0xffff), 4);
	const high = hex(((ticks >> BigInt(48)) & BigInt(0x0fff)) | BigInt(0x1000), 4);
	return `${low}-${mid}-${high}-8000-000000000000`;
}

/** Version-1 time-UUIDs as timestamps: `parse` decodes the creation time, `format` writes the smallest UUID of that millisecond. */
export const timeUuids: TimeCodec = {
	parse: timeUuidMillis,
	format: timeUuidAt,
};

/** The UTC day of an instant, as date-window filters take it: `YYYY-MM-DD`, or `YYYYMMDD` when `compact`. */
export function utcDay(millis: number, compact = false): string {
	const day = new Date(millis).toISOString().slice(0, 10);
	return compact ? day.replace(/-/g, '') : day;
}

/** Midnight UTC of the day an instant falls in (epoch ms). */
export function utcDayStart(millis: number): number {
	return Math.floor(millis / 86_400_000) * 86_400_000;
}
