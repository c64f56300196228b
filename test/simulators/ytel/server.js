'use strict';
/**
 * A stateful Ytel simulator (CPaaS v4, the token endpoint), for issue 18's 104 part-1 requests:
 * Authentication, AI/ML, Assets, Billing, Carrier, Contacts, DNC, Inbox, Logs, Numbers, Number
 * Sets, Saved Contact Queries, Shortcodes, SMS, SMS Templates, Statistics, Timezones, Webhooks,
 * Workflows and Workflow Runner. Records and handlers: store.js; the token exchange and the
 * bearer check: auth.js; Kong's rate limits and headers: kong.js; time-UUIDs: timeuuid.js.
 *
 * Every request goes through Kong first (a 429 with Kong's own body when a window is full), then
 * the bearer check (the token endpoint needs none), then its handler. Answers are JSON with
 * `Content-Type: application/json` and Kong's headers, as the examples show. The routes of the
 * other CPaaS/AMS requests (parts 2 and 3) exist and check the token, then answer 501.
 *
 * Controls (`/__sim/<name>`, besides the library's reset, requests, fail, stats):
 *   config        `{rateLimit?, latency?, kong?: {enabled?, second?, tokenSecond?, debugSecond?, exportHour?}}`
 *   auth          `{rejection?, accessMinutes?, apiTokenEnabled?}` and the exchange counts
 *   expireTokens  `{token?}`; revokeRefreshTokens `{token?}`
 *   clock         `{now?}` (epoch ms) or `{advanceMs?}`: the simulator's time (tokens, windows, new records)
 *   insert, reveal, paging, records: records for trigger tests (store.js)
 *   deliver, deliveries: Ytel's calls to a number's or a callback configuration's URL (webhooks-out.js)
 *
 * Run it alone with `node test/simulators/ytel/server.js --port 0`, or require it.
 */
const fs = require('node:fs');
const path = require('node:path');
const { createSimulator, runCli } = require('../lib/simulator');
const { createStore, YtelError, envelopeError, envelope, ACCOUNT_SID } = require('./store');
const { createAuth, TEST_USER, API_TOKEN } = require('./auth');
const { createKong, LIMITED_BODY } = require('./kong');
const { timeUuid, timeOf } = require('./timeuuid');
const { createVoiceRouting } = require('./voice-routing');

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');
const JSON_TYPE = 'application/json';
/** Hosts whose rows are served here (YCC rows come from ycc.js at their production paths); x5 and the websocket are other servers. */
const SERVED_HOSTS = new Set(['https://api.ytel.com', '{{url}}']);
/** The detail-log examples were recorded with an extra day segment (`/details/{sid}/{yyyymmdd}/`). */
const EXTRA_ROUTES = [
	{ name: 'Get Call Detail Log', method: 'GET', path: '/v4/logs/call/details/{callSid}/{date}' },
	{ name: 'Get SMS Detail Log', method: 'GET', path: '/v4/logs/sms/details/{smsSid}/{date}' },
];

function loadRows() {
	const rows = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'endpoints.json'), 'utf8'));
	const served = rows.filter((row) => row.vendor === 'Ytel' && SERVED_HOSTS.has(row.host) && row.path.startsWith('/'));
	const extra = EXTRA_ROUTES.map((route) => ({ ...served.find((row) => row.name === route.name), ...route }));
	return [...served, ...extra];
}

/**
 * @param {object} [options] `{ rateLimit: {max, windowMs} | null }` for the library's limiter
 *   (off: Kong's limits apply instead)
 */
function createYtelSimulator(options = {}) {
	const clock = { offset: 0 };
	const now = () => Date.now() + clock.offset;
	const store = createStore({ now });
	const voiceCalls = require('./voice-calls').createVoiceCalls({ now, store });
	const webhooksOut = require('./webhooks-out').createWebhooksOut({ now, store });
	const auth = createAuth({ now, accountSid: ACCOUNT_SID, envelopeError });
	const kong = createKong(now);
	const ycc = require('./ycc').createYcc();
	const rows = [...loadRows(), ...ycc.rows];
	const amsAccounts = require('./ams-accounts').createAmsAccounts({ now, store });
	const amsUsers = require('./ams-users').createAmsUsers({ now, store });
	const voiceRouting = createVoiceRouting({ now, store, envelope, YtelError, accountSid: ACCOUNT_SID });

	const handlers = {
		'Request a Token': ({ body }) => {
			const result = auth.exchange(body ?? {});
			if (result.tokens) return envelope([result.tokens]);
			return { status: result.status, body: result.body };
		},
		...store.handlers,
		...amsAccounts.handlers,
		...amsUsers.handlers,
		...voiceRouting.handlers,
		...voiceCalls.handlers,
		...ycc.handlers,
	};

	/** Kong, then the bearer check, then the handler; Ytel errors become HTTP 200 `status:false`. */
	const wrapped = {};
	for (const row of rows) {
		if (wrapped[row.name]) continue;
		const handler = handlers[row.name];
		wrapped[row.name] = (context) => {
			const gate = kong.admit(context.row);
			if (gate.limited) return { status: 429, body: LIMITED_BODY, headers: { 'Content-Type': `${JSON_TYPE}; charset=utf-8`, ...gate.headers } };
			const headers = { 'Content-Type': JSON_TYPE, ...gate.headers };
			if (context.row.auth !== 'none') {
				const denied = auth.check(context.req, context.row);
				if (denied) return { status: denied.status, body: denied.body, headers };
			}
			if (!handler) return { status: 501, body: envelopeError('501', 'Not Implemented', `${row.name} is not simulated (issue 18 covers part 1)`), headers };
			try {
				const result = handler(context);
				if (typeof result.status === 'number' && 'body' in result) return { status: result.status, body: result.body, headers };
				return { status: 200, body: result, headers };
			} catch (error) {
				if (!(error instanceof YtelError)) throw error;
				return { status: 200, body: envelopeError(error.code, error.message, error.moreInfo), headers };
			}
		};
	}

	const simulator = createSimulator(
		{
			rows,
			handlers: wrapped,
			control: {
				...auth.control,
				...store.control,
				...webhooksOut.control,
				config: ({ body }) => {
					if ('rateLimit' in body) simulator.state.rateLimit = body.rateLimit;
					if ('latency' in body) simulator.state.latency = body.latency;
					const kongView = kong.configure(body.kong ?? {});
					return { rateLimit: simulator.state.rateLimit, latency: simulator.state.latency, kong: kongView };
				},
				clock: ({ body }) => {
					if (body.now !== undefined) clock.offset = Number(body.now) - Date.now();
					if (body.advanceMs !== undefined) clock.offset += Number(body.advanceMs);
					return { now: now(), offsetMs: clock.offset };
				},
			},
			reset: ({ empty }) => {
				clock.offset = 0;
				store.seed({ empty });
				amsAccounts.seed({ empty });
				amsUsers.seed({ empty });
				voiceRouting.seed({ empty });
				voiceCalls.seed({ empty });
				webhooksOut.reset();
				ycc.seed({ empty });
				auth.reset();
				kong.reset();
			},
			authenticate: () => null,
			rateLimit: null,
			rateLimitResponse: () => ({ body: LIMITED_BODY, headers: { 'Content-Type': `${JSON_TYPE}; charset=utf-8` } }),
			errorResponse: (status, message) => envelopeError(String(status), message),
			notFoundRoute: () => ({ message: 'no Route matched with those values' }),
		},
		{ rateLimit: options.rateLimit ?? null },
	);
	simulator.store = store;
	simulator.auth = auth;
	simulator.kong = kong;
	return simulator;
}

module.exports = { createYtelSimulator, TEST_USER, API_TOKEN, ACCOUNT_SID, timeUuid, timeOf };

if (require.main === module) {
	runCli(() => createYtelSimulator());
}
