'use strict';
/**
 * Ytel's Kong gateway (kong/2.8.3): fixed-window rate limits per second (token endpoint 25, debug
 * logs 100, everything else 150, as the examples' headers show) and per hour for Export CDR/MDR
 * (the 429 example: limit 1, `RateLimit-Reset`/`Retry-After` 2518; the docs say 3 per hour).
 *
 * Windows are aligned to the clock as Kong's are: a second window ends at the next whole second,
 * an hour window at the next whole hour, so `RateLimit-Reset` counts the seconds left in it.
 * Kong answers a limited request itself: `{\n  "message":"API rate limit exceeded"\n}`, the 41
 * bytes the 429 example's `Content-Length` gives (its saved body is the export's success body).
 */
const KONG_VERSION = 'kong/2.8.3';
const LIMITED_BODY = '{\n  "message":"API rate limit exceeded"\n}';

const DEFAULT_LIMITS = Object.freeze({ second: 150, tokenSecond: 25, debugSecond: 100, exportHour: 1 });

/** Which bucket a row's requests count against. */
function bucketOf(row) {
	if (row.path === '/auth/v3/token') return { name: 'token', unit: 'second', limitKey: 'tokenSecond' };
	if (row.path.startsWith('/v4/logs/debug')) return { name: 'debug', unit: 'second', limitKey: 'debugSecond' };
	if (row.path === '/v4/logs/export') return { name: 'export', unit: 'hour', limitKey: 'exportHour' };
	return { name: 'default', unit: 'second', limitKey: 'second' };
}

const UNIT_MS = { second: 1000, hour: 3_600_000 };
const UNIT_HEADER = { second: 'Second', hour: 'Hour' };

function createKong(now) {
	const state = { enabled: true, limits: { ...DEFAULT_LIMITS }, windows: new Map(), limited: 0 };

	/**
	 * Counts a request; returns `{limited, headers}`. Headers follow the newer examples: the
	 * `X-RateLimit-*-<Unit>` pair, the `RateLimit-*` trio and Kong's latency and Via headers.
	 */
	function admit(row) {
		if (!state.enabled) return { limited: false, headers: {} };
		const bucket = bucketOf(row);
		const limit = Number(state.limits[bucket.limitKey]);
		const span = UNIT_MS[bucket.unit];
		const at = now();
		const windowStart = Math.floor(at / span) * span;
		let window = state.windows.get(bucket.name);
		if (!window || window.start !== windowStart) {
			window = { start: windowStart, count: 0 };
			state.windows.set(bucket.name, window);
		}
		const reset = Math.max(1, Math.ceil((windowStart + span - at) / 1000));
		const unit = UNIT_HEADER[bucket.unit];
		if (window.count >= limit) {
			state.limited++;
			return {
				limited: true,
				headers: {
					[`X-RateLimit-Remaining-${unit}`]: '0',
					[`X-RateLimit-Limit-${unit}`]: String(limit),
					'Retry-After': String(reset),
					'RateLimit-Reset': String(reset),
					'RateLimit-Limit': String(limit),
					'RateLimit-Remaining': '0',
					'X-Kong-Response-Latency': '1',
					Server: KONG_VERSION,
				},
			};
		}
		window.count++;
		const remaining = String(limit - window.count);
		return {
			limited: false,
			headers: {
				[`X-RateLimit-Limit-${unit}`]: String(limit),
				'RateLimit-Limit': String(limit),
				'RateLimit-Remaining': remaining,
				'RateLimit-Reset': String(reset),
				[`X-RateLimit-Remaining-${unit}`]: remaining,
				'X-Kong-Upstream-Latency': '1',
				'X-Kong-Proxy-Latency': '0',
				Via: KONG_VERSION,
			},
		};
	}

	function configure(body) {
		if ('enabled' in body) state.enabled = body.enabled !== false;
		for (const key of Object.keys(DEFAULT_LIMITS)) {
			if (body[key] === undefined) continue;
			const value = Number(body[key]);
			if (!Number.isInteger(value) || value < 0) throw new Error(`${key} must be a whole number`);
			state.limits[key] = value;
		}
		return view();
	}

	function reset() {
		state.enabled = true;
		state.limits = { ...DEFAULT_LIMITS };
		state.windows.clear();
		state.limited = 0;
	}

	const view = () => ({ enabled: state.enabled, limits: { ...state.limits }, limited: state.limited });

	return { admit, configure, reset, view };
}

module.exports = { createKong, LIMITED_BODY, KONG_VERSION, DEFAULT_LIMITS };
