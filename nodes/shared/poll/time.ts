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
