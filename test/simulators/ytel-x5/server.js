'use strict';
/**
 * A Ytel contact centre x5 simulator (`https://{subdomain}.ytel.com/x5/api/…`) on the shared
 * simulator library: GETs whose `function=` picks the answer, the login in the query string,
 * text answers with HTTP 200 either way (Ytel's, VICIdial's, documented forms; the collection
 * saved no example). Function modules (agent.js; others register the same way) export a factory
 * `({now}) → {path, functions: {name: (query) → text}, reset()}`.
 *
 * Login (INFERRED where the document is silent): `user`, `pass` and `source` on every request but
 * `version`; a wrong or missing user or password answers
 * `ERROR: Invalid Username/Password: |<user>|<pass>|` (VICIdial's own line, which echoes the
 * password: the node must mask it); a missing `source` or one over 20 characters answers
 * `ERROR: Invalid Source: |<source>|`; a function denied by `/__sim/x5 {deny: [...]}` answers
 * `ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION - <user>|<function>|ADMIN`
 * (the document's line). An `agent_user` outside 2–20 characters: `ERROR: <function> not valid - <agent_user>`.
 *
 * Controls: `/__sim/x5` (POST `{user?, pass?, deny?}`: the API login and denied functions),
 * `/__sim/counts` (GET: requests per function, answered ones and refused ones).
 */
const fs = require('node:fs');
const path = require('node:path');
const { createSimulator, runCli } = require('../lib/simulator');
const { createAgentFunctions } = require('./agent');
const { createNonAgentFunctions } = require('./non-agent');
/** The v4 API token of the Ytel simulator: Count Available's bearer (`/api/ytel/non-agent`). */
const { API_TOKEN: V4_BEARER } = require('../ytel/auth');

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');
/** The collection's sample login (`user=101&pass=123Password&source=postman`). */
const DEFAULT_LOGIN = { user: '101', pass: '123Password' };
const SOURCE_MAX_LENGTH = 20;
const AGENT_USER_LENGTH = { min: 2, max: 20 };

function loadRows() {
	const rows = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'endpoints.json'), 'utf8'));
	return rows.filter((row) => row.vendor === 'Ytel' && /^\/(x5\/|api\/ytel\/non-agent$)/.test(row.path ?? ''));
}

function createYtelX5Simulator(options = {}) {
	const now = options.now ?? (() => Date.now());
	const login = { ...DEFAULT_LOGIN, deny: new Set() };
	// One line per function module.
	const nonAgent = createNonAgentFunctions({ now, login });
	const modules = [createAgentFunctions({ now }), nonAgent.nonAgent, nonAgent.agentList];
	let counts = {};

	const count = (name, outcome) => {
		const entry = (counts[name] ??= { requests: 0, success: 0, error: 0, refused: 0 });
		entry.requests++;
		entry[outcome]++;
	};

	function answerFor(modulePath, query) {
		// agent_list's script names its operation `action_type`.
		const name = query.function ?? query.action_type ?? '';
		const module = modules.find((candidate) => candidate.path === modulePath);
		const run = module?.functions[name];
		if (!run) return { refused: true, text: `ERROR: function not valid - ${name}` };
		if (query.user !== login.user || query.pass !== login.pass) return { refused: true, text: `ERROR: Invalid Username/Password: |${query.user ?? ''}|${query.pass ?? ''}|` };
		if (!query.source || query.source.length > SOURCE_MAX_LENGTH) return { refused: true, text: `ERROR: Invalid Source: |${query.source ?? ''}|` };
		if (login.deny.has(name)) return { refused: true, text: `ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION - ${query.user}|${name}|ADMIN` };
		const agentUser = query.agent_user;
		if (agentUser !== undefined && (agentUser.length < AGENT_USER_LENGTH.min || agentUser.length > AGENT_USER_LENGTH.max)) {
			return { refused: true, text: `ERROR: ${name} not valid - ${agentUser}` };
		}
		return { text: run(query) };
	}

	const rows = loadRows();
	const handlers = {};
	for (const row of rows.filter((candidate) => candidate.path === '/api/ytel/non-agent')) {
		// available_agents_totals: the v4 bearer token, the API user and source (no password): JSON.
		handlers[row.name] = ({ query, req }) => {
			const refused = req.headers.authorization !== `Bearer ${V4_BEARER}` || query.user !== login.user || !query.source || query.source.length > SOURCE_MAX_LENGTH;
			count(query.action_type ?? '', refused ? 'refused' : 'success');
			if (refused) return { status: 401, body: { status: false, message: 'Unauthorized' } };
			return { status: 200, body: nonAgent.availableAgentsTotals(query) };
		};
	}
	for (const row of rows.filter((candidate) => candidate.path !== '/api/ytel/non-agent')) {
		// Every row of one script shares its route: the function decides.
		handlers[row.name] = ({ query }) => {
			const { text, refused } = answerFor(row.path, query);
			count(query.function ?? query.action_type ?? '', refused ? 'refused' : /^ERROR:/m.test(text) ? 'error' : 'success');
			return { status: 200, body: `${text}\n` };
		};
	}

	return createSimulator({
		rows,
		handlers,
		authenticate: () => null,
		errorResponse: (status, message) => `ERROR: ${message}\n`,
		notFoundRoute: (route) => `Not Found: ${route}\n`,
		rateLimitResponse: () => ({ body: 'Too Many Requests\n' }),
		reset: () => {
			counts = {};
			login.user = DEFAULT_LOGIN.user;
			login.pass = DEFAULT_LOGIN.pass;
			login.deny = new Set();
			for (const module of modules) module.reset();
		},
		control: {
			x5: ({ body }) => {
				if (body.user !== undefined) login.user = String(body.user);
				if (body.pass !== undefined) login.pass = String(body.pass);
				if (body.deny !== undefined) login.deny = new Set(body.deny);
				return { user: login.user, deny: [...login.deny] };
			},
			counts: () => counts,
		},
	});
}

module.exports = { createYtelX5Simulator, DEFAULT_LOGIN };

if (require.main === module) {
	runCli(() => createYtelX5Simulator());
}
