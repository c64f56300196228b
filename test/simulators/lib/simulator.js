'use strict';
/**
 * The vendor-independent part of the API simulators: a node:http server on 127.0.0.1 whose
 * routes come from the fixture rows (one per collection request), with a request log, a
 * sliding-window rate limiter, failure injection and `/__sim/` control routes.
 *
 * A vendor module supplies: `rows` (fixture rows), `handlers` (row name → handler),
 * `authenticate(req, row)` (returns null or an error response `{status, body, headers?}`),
 * `errorResponse(status, message, {method, path})`, `notFoundRoute(path)`, `rateLimitResponse({method, path})`,
 * `reset()`,
 * optionally `basePathOf(row)` (the path prefix of a row's host, when a vendor has several),
 * and `control` (extra `/__sim/<name>` handlers such as seed and insert).
 *
 * A handler gets `{params, query, body, rawBody, row, req}` and returns `{status?, body, headers?}`
 * (a string body is sent as it is, `text/plain` unless a content type is given), or throws an
 * HttpError. JSON and form-encoded request bodies are parsed; anything else stays a string.
 */
const http = require('node:http');

class HttpError extends Error {
	constructor(status, body, headers) {
		super(typeof body === 'string' ? body : JSON.stringify(body));
		this.status = status;
		this.body = body;
		this.headers = headers;
	}
}

function compileRoute(row, prefix) {
	const names = [];
	const pattern = `${prefix}${row.path}`
		.replace(/\/+$/, '')
		.split('/')
		.map((segment) =>
			segment.replace(/\{(\w+)\}|[^{}]+/g, (part, name) => {
				if (name) {
					names.push(name);
					return '([^/]+)';
				}
				return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
			}),
		)
		.join('/');
	return { row, names, regex: new RegExp(`^${pattern}/?$`), literalLength: `${prefix}${row.path}`.replace(/\{\w+\}/g, '').length };
}

function readBody(req) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		req.on('data', (chunk) => chunks.push(chunk));
		req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		req.on('error', reject);
	});
}

function parseQuery(searchParams) {
	const query = {};
	for (const [key, value] of searchParams) query[key] = value;
	return query;
}

/**
 * @param {object} vendor see the file comment
 * @param {object} [options] `{ rateLimit: {max, windowMs} | null, basePath: '/api/v1' }`
 */
function createSimulator(vendor, options = {}) {
	const basePath = options.basePath ?? '';
	const basePathOf = vendor.basePathOf ?? (() => basePath);
	// Longest literal first, so `/crm/people/forgotPassword` wins over `/crm/people/{personUid}`.
	const routes = vendor.rows
		.map((row) => compileRoute(row, basePathOf(row)))
		.sort((a, b) => b.literalLength - a.literalLength);
	const state = {
		log: [],
		accepted: [],
		failures: [],
		rateLimit: options.rateLimit === undefined ? vendor.rateLimit ?? null : options.rateLimit,
		/**
		 * Network delay: `{ms, jitterMs}` is a round trip, half on the way in (before the limiter
		 * counts the arrival) and half on the way out, each half varied by up to ±jitterMs.
		 */
		latency: null,
		stats: { requests: 0, rateLimited: 0 },
	};

	/** One way of the round trip, jittered (0 without latency). */
	function oneWayMs() {
		const latency = state.latency;
		if (!latency) return 0;
		const jitter = Number(latency.jitterMs ?? 0);
		return Math.max(0, Number(latency.ms) / 2 + (Math.random() * 2 - 1) * jitter);
	}
	const delay = (ms) => (ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : undefined);

	function send(res, status, body, headers = {}) {
		const isText = typeof body === 'string';
		const text = body === undefined || body === '' ? '' : isText ? body : JSON.stringify(body);
		const type = isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8';
		res.writeHead(status, {
			...(text ? { 'Content-Type': type } : {}),
			'Content-Length': Buffer.byteLength(text),
			...headers,
		});
		res.end(text);
	}

	function rateLimited(now) {
		const limit = state.rateLimit;
		if (!limit) return false;
		while (state.accepted.length && state.accepted[0] <= now - limit.windowMs) state.accepted.shift();
		if (state.accepted.length >= limit.max) return true;
		state.accepted.push(now);
		return false;
	}

	function match(method, path) {
		const candidates = routes.filter((route) => route.regex.test(path));
		if (!candidates.length) return null;
		const route = candidates.find((candidate) => candidate.row.method === method);
		if (!route) return { methodNotAllowed: true };
		const values = path.match(route.regex).slice(1).map((value) => decodeURIComponent(value));
		const params = Object.fromEntries(route.names.map((name, index) => [name, values[index]]));
		return { route, params };
	}

	const controls = {
		/** `{empty: true}` starts with no records instead of the collection's examples. */
		reset: ({ body }) => {
			state.log = [];
			state.accepted = [];
			state.failures = [];
			state.latency = null;
			state.stats = { requests: 0, rateLimited: 0 };
			vendor.reset({ empty: body.empty === true });
			return { reset: true };
		},
		requests: ({ method }) => {
			if (method === 'DELETE') {
				state.log = [];
				return { cleared: true };
			}
			return state.log;
		},
		/** `{count, status, message?, retryAfter?, query?}`: fail the next matching requests. */
		fail: ({ body }) => {
			const count = Number(body.count ?? 1);
			for (let index = 0; index < count; index++) {
				state.failures.push({
					status: Number(body.status ?? 500),
					message: body.message,
					retryAfter: body.retryAfter,
					query: body.query ?? {},
				});
			}
			return { pending: state.failures.length };
		},
		config: ({ body }) => {
			if ('rateLimit' in body) state.rateLimit = body.rateLimit;
			if ('latency' in body) state.latency = body.latency;
			return { rateLimit: state.rateLimit, latency: state.latency };
		},
		stats: () => ({ ...state.stats, logged: state.log.length, pid: process.pid }),
		...vendor.control,
	};

	async function handle(req, res) {
		const url = new URL(req.url, 'http://127.0.0.1');
		const rawBody = await readBody(req);
		let body;
		if (/application\/x-www-form-urlencoded/i.test(req.headers['content-type'] ?? '')) {
			body = parseQuery(new URLSearchParams(rawBody));
		} else {
			try {
				body = rawBody ? JSON.parse(rawBody) : undefined;
			} catch {
				body = rawBody;
			}
		}

		if (url.pathname.startsWith('/__sim/')) {
			const name = url.pathname.slice('/__sim/'.length);
			const control = controls[name];
			if (!control) return send(res, 404, { error: `unknown control route ${name}` });
			try {
				return send(res, 200, control({ method: req.method, query: parseQuery(url.searchParams), body: body ?? {} }));
			} catch (error) {
				return send(res, 400, { error: error.message });
			}
		}

		// The request travels before the vendor counts it; the answer travels back after.
		await delay(oneWayMs());
		const entry = {
			at: Date.now(),
			method: req.method,
			url: req.url,
			path: url.pathname,
			query: parseQuery(url.searchParams),
			headers: { ...req.headers },
			body,
			rawBody,
			status: 0,
		};
		state.log.push(entry);
		state.stats.requests++;
		// Error bodies that echo the request (Spring's `path`) need to know which one failed.
		const context = { method: req.method, path: url.pathname };
		const back = oneWayMs();
		const reply = (status, responseBody, headers) => {
			entry.status = status;
			// When the answer left the vendor (it reaches the client one way of latency later).
			entry.answeredAt = Date.now();
			if (back > 0) setTimeout(() => send(res, status, responseBody, headers), back);
			else send(res, status, responseBody, headers);
		};

		if (rateLimited(entry.at)) {
			state.stats.rateLimited++;
			const limited = vendor.rateLimitResponse(context);
			return reply(429, limited.body, limited.headers);
		}
		const failureIndex = state.failures.findIndex((candidate) =>
			Object.entries(candidate.query).every(([key, value]) => entry.query[key] === String(value)),
		);
		const failure = failureIndex >= 0 ? state.failures.splice(failureIndex, 1)[0] : undefined;
		if (failure) {
			const headers = failure.retryAfter === undefined ? {} : { 'Retry-After': String(failure.retryAfter) };
			return reply(failure.status, vendor.errorResponse(failure.status, failure.message ?? 'Simulated failure', context), headers);
		}
		const path = url.pathname;
		const found = match(req.method, path);
		if (!found) return reply(404, vendor.notFoundRoute(path));
		if (found.methodNotAllowed) return reply(405, vendor.errorResponse(405, `${req.method} is not allowed on ${path}`, context));
		const { route, params } = found;
		const handler = vendor.handlers[route.row.name];
		if (!handler) return reply(501, vendor.errorResponse(501, `No handler for "${route.row.name}"`, context));

		const denied = vendor.authenticate(req, route.row);
		if (denied) return reply(denied.status, denied.body, denied.headers);
		try {
			const result = handler({ params, query: entry.query, body: body ?? {}, rawBody, row: route.row, req });
			return reply(result.status ?? 200, result.body, result.headers);
		} catch (error) {
			if (error instanceof HttpError) return reply(error.status, error.body, error.headers);
			return reply(500, vendor.errorResponse(500, error.message, context));
		}
	}

	const server = http.createServer((req, res) => {
		handle(req, res).catch((error) => send(res, 500, { error: String(error) }));
	});
	// Long: a test process blocked by a synchronous n8n CLI call must find its kept-alive connection open.
	server.keepAliveTimeout = 600_000;

	return {
		server,
		state,
		async listen(port = 0) {
			await new Promise((resolve, reject) => {
				server.once('error', reject);
				server.listen(port, '127.0.0.1', resolve);
			});
			const address = server.address();
			return `http://127.0.0.1:${address.port}`;
		},
		async close() {
			server.closeAllConnections?.();
			await new Promise((resolve) => server.close(() => resolve()));
		},
	};
}

/** `node server.js --port N` prints `listening <url>` once the port is bound. */
async function runCli(create, argv = process.argv.slice(2)) {
	const portIndex = argv.indexOf('--port');
	const port = portIndex >= 0 ? Number(argv[portIndex + 1]) : 0;
	const simulator = create();
	const url = await simulator.listen(port);
	process.stdout.write(`listening ${url}\n`);
	const stop = () => simulator.close().then(() => process.exit(0));
	process.on('SIGTERM', stop);
	process.on('SIGINT', stop);
	return simulator;
}

module.exports = { createSimulator, runCli, HttpError };
