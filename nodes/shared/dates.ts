/**
 * Dates from n8n parameters written the way a vendor wants them, in the workflow's timezone,
 * without a date library (node code may import only n8n-workflow).
 *
 * n8n hands a Date & Time field over as wall-clock text in the workflow's timezone
 * (`2024-05-01T10:00:00`), and an expression as ISO text with an offset, a Luxon DateTime
 * (`{{ $now }}`) or a JS Date.
 */

export interface WallClock {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
	millisecond: number;
	/** Offset from UTC in minutes (east positive). */
	offsetMinutes: number;
}

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?$/;

/** One formatter per timezone: building one costs far more than using it (bulk lists convert thousands of dates). */
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
	if (!formatters.has(timeZone)) {
		try {
			formatters.set(
				timeZone,
				new Intl.DateTimeFormat('en-US', {
					timeZone,
					hourCycle: 'h23',
					year: 'numeric',
					month: '2-digit',
					day: '2-digit',
					hour: '2-digit',
					minute: '2-digit',
					second: '2-digit',
				}),
			);
		} catch {
			formatters.set(timeZone, null);
		}
	}
	return formatters.get(timeZone) ?? null;
}

/** Wall-clock parts of an instant in a timezone (IANA name; invalid names fall back to UTC). */
export function wallClockAt(millis: number, timeZone: string): WallClock {
	const format = formatterFor(timeZone || 'UTC');
	if (!format) return wallClockAt(millis, 'UTC');
	const parts = Object.fromEntries(format.formatToParts(new Date(millis)).map((part) => [part.type, part.value]));
	const clock = {
		year: Number(parts.year),
		month: Number(parts.month),
		day: Number(parts.day),
		hour: Number(parts.hour) % 24,
		minute: Number(parts.minute),
		second: Number(parts.second),
		millisecond: new Date(millis).getUTCMilliseconds(),
	};
	const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second, clock.millisecond);
	return { ...clock, offsetMinutes: Math.round((asUtc - millis) / 60_000) };
}

/** The instant a wall-clock time in a timezone stands for. */
function instantOfWallClock(parts: number[], timeZone: string): number {
	const [year, month, day, hour = 0, minute = 0, second = 0, millisecond = 0] = parts;
	const guess = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
	// Two rounds settle the offset, also next to a daylight-saving change.
	let instant = guess - wallClockAt(guess, timeZone).offsetMinutes * 60_000;
	instant = guess - wallClockAt(instant, timeZone).offsetMinutes * 60_000;
	return instant;
}

/**
 * Epoch milliseconds of a date parameter value: ISO text with a zone, wall-clock text (read in
 * `timeZone`), a Luxon DateTime, a Date or epoch milliseconds. Undefined when unreadable.
 */
export function instantOf(value: unknown, timeZone: string): number | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
	if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
	if (typeof value === 'object') {
		const candidate = value as { toMillis?: () => number; toISO?: () => string };
		if (typeof candidate.toMillis === 'function') return candidate.toMillis();
		if (typeof candidate.toISO === 'function') return instantOf(candidate.toISO(), timeZone);
		return undefined;
	}
	const text = String(value).trim();
	const wall = WALL_CLOCK.exec(text);
	if (wall) {
		const parts = wall.slice(1, 8).map((part, index) => (index === 6 ? Number((part ?? '0').padEnd(3, '0').slice(0, 3)) : Number(part ?? 0)));
		return instantOfWallClock(parts, timeZone);
	}
	const millis = Date.parse(text);
	return Number.isNaN(millis) ? undefined : millis;
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/**
 * An instant as text in a timezone. Tokens: `yyyy`, `MM`, `dd`, `HH`, `mm`, `ss`, `SSS`, and `XXX`
 * for the offset (`+02:00`, `Z` for UTC).
 */
export function formatInZone(millis: number, timeZone: string, pattern: string): string {
	const clock = wallClockAt(millis, timeZone);
	const sign = clock.offsetMinutes < 0 ? '-' : '+';
	const offset = Math.abs(clock.offsetMinutes);
	const tokens: Record<string, string> = {
		yyyy: pad(clock.year, 4),
		MM: pad(clock.month),
		dd: pad(clock.day),
		HH: pad(clock.hour),
		mm: pad(clock.minute),
		ss: pad(clock.second),
		SSS: pad(clock.millisecond, 3),
		XXX: `${sign}${pad(Math.floor(offset / 60))}:${pad(offset % 60)}`,
	};
	return pattern.replace(/yyyy|MM|dd|HH|mm|ss|SSS|XXX/g, (token) => tokens[token]);
}
