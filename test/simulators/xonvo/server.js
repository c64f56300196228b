'use strict';
/**
 * A stateful XONVO External API simulator (leads, agents, accounts and their statistics).
 *
 * Faithful to the collection where it speaks: the API root is the base URL itself, HTTP Basic
 * on every request, `WWW-Authenticate: Basic realm="ALOT-EXTERNAL"` and Spring Security's
 * headers even on a 200, `{"id": <int>}` from account create and update, an EMPTY 200 body from
 * the lead and agent adds and every body-less PUT action, statistics with exactly the example's
 * keys and types, `from`/`to` as ISO-8601 date-times with an offset, no rate limit.
 *
 * The server is Spring, so errors carry Spring Boot's default body
 * `{timestamp, status, error, message, path}`; `/__sim/config {errorBodies: 'text'|'empty'}`
 * turns them into plain text (the message alone) or an empty body.
 *
 * INFERRED (the collection shows no example or prose for these; each is a plausible reading):
 * - Single leads (`POST /lead`) name no account: an External API user belongs to one account,
 *   so they go to that account, 18 by default (the id the create example returns and the bulk
 *   example fills); `options.defaultAccountId` or `/__sim/config {defaultAccountId}` change it.
 *   `reset {empty: true}` keeps that account (without leads) and drops everything else.
 * - Validation (400, the message names the field as Spring does, `leadsByAccountId[18][3].phone`):
 *   lead firstName/lastName required ≤ 250, phone required ≤ 100, timestamp required as
 *   `MM-dd-yyyy HH:mm:ss` (read as UTC); on `POST /lead` also `state`+`city` or `zip`, and
 *   `jornayaLeadId` or `trustedFormId` (the field table). Bulk leads skip those two either-or
 *   rules: the collection's own bulk examples carry `state` alone and no consent id.
 *   `agentExternalId` must name an added agent. Agents need firstName/lastName (≤ 250),
 *   phone (≤ 100) and externalId. Accounts need a `name` on create; `areaCode` is an integer,
 *   `attributes` a map of strings. Strings may arrive as numbers (Jackson coerces them);
 *   objects where a string belongs, malformed JSON and a missing body are 400; a body that is
 *   not `application/json` is 415. Unknown fields are ignored (Spring Boot's Jackson default).
 * - Identity: agents are global by externalId; leads are per account by externalId (optional on
 *   adds, then the lead is reachable only by phone); adding an agent or lead whose externalId
 *   exists is 400 ("has to be added only once"). Unknown account or lead: 404. A non-numeric
 *   account id: 400 (Spring cannot convert it to a Long).
 * - Bulk: validated whole before anything is stored (all or nothing). `POST` adds, `PUT` updates
 *   by externalId (required there): the fields sent replace the stored ones, fields left out
 *   stay; an unknown externalId makes the whole request 404. Both answer 200 with an empty body.
 * - Lead lifecycle: stop → no further deliveries until reset; reset starts a new interaction
 *   (status active, deliveredCount 0, lastDeliveredTime null, not engaged, not qualified);
 *   unsubscribe is final: reset of an unsubscribed lead is 400, repeated unsubscribes are 200.
 *   Unsubscribe by phone matches the decoded query value exactly, in every account; no match
 *   is 404 (so an unencoded `+`, which decodes to a space, finds nothing).
 * - Accounts: pause stops deliveries until unpause; inactivate is final: an inactive account
 *   takes no new leads, resets, pauses or unpauses (400). Repeating an action is 200.
 * - Statistics count the account's leads whose `timestamp` lies in [from, to] (both inclusive,
 *   either optional): leadCount; unsubscribeCount (unsubscribed leads); deliveredCount (messages
 *   delivered, the sum of the leads' deliveredCount); engagedCount (leads that replied);
 *   ctr = round(100 × engaged leads / leads with at least one delivery), 0 when none. The real
 *   ctr comes from data the API does not expose (its example has ctr 3 with 0 engaged).
 * - Lead statistics: `lastDeliveredTime` is null before any delivery (the only example has a
 *   value). Deliveries, engagement and qualification happen on XONVO's side, so the control
 *   routes `/__sim/deliver`, `/__sim/engage` and `/__sim/qualify` stand in for them.
 *
 * Run it alone with `node test/simulators/xonvo/server.js --port 0`, or require it.
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { createSimulator, runCli, HttpError } = require('../lib/simulator');

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');
const TEST_USER = Object.freeze({ username: 'sim-xonvo-user', password: 'sim-xonvo-pass-CANARY-7c2f' });
const DEFAULT_ACCOUNT_ID = 18;
const ERROR_BODY_MODES = ['spring', 'text', 'empty'];
const TIMESTAMP_FORMAT = 'MM-dd-yyyy HH:mm:ss';

/** What Spring Security adds to every response (the examples show them on 200s). */
const SECURITY_HEADERS = {
	'WWW-Authenticate': 'Basic realm="ALOT-EXTERNAL"',
	'X-Content-Type-Options': 'nosniff',
	'X-XSS-Protection': '1; mode=block',
	'Cache-Control': 'no-cache, no-store, max-age=0, must-revalidate',
	Pragma: 'no-cache',
	Expires: '0',
	'X-Frame-Options': 'DENY',
};

const LEAD_FIELDS = [
	'firstName',
	'lastName',
	'phone',
	'externalId',
	'timestamp',
	'ipAddress',
	'sourceId',
	'email',
	'street',
	'state',
	'city',
	'zip',
	'jornayaLeadId',
	'trustedFormId',
	'agentExternalId',
];
const AGENT_FIELDS = ['firstName', 'lastName', 'phone', 'externalId'];
const ACCOUNT_TEXT_FIELDS = ['name', 'phoneNumber', 'email', 'description', 'countryIso3', 'state', 'timezone', 'type', 'aiAssistantName', 'website'];

function loadRows() {
	const rows = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'endpoints.json'), 'utf8'));
	return rows.filter((row) => row.vendor === 'XONVO' && row.path);
}

/** An API error before it is rendered in the configured body mode. */
class XonvoError extends Error {
	constructor(status, message) {
		super(message);
		this.status = status;
	}
}

const badRequest = (message) => new XonvoError(400, message);
const notFound = (message) => new XonvoError(404, message);

/** Spring Boot's DefaultErrorAttributes, with Jackson's date format. */
function springErrorBody(status, message, requestPath) {
	return {
		timestamp: new Date().toISOString().replace('Z', '+00:00'),
		status,
		error: http.STATUS_CODES[status] ?? 'Error',
		message,
		path: requestPath,
	};
}

const isBlank = (value) => value === undefined || value === null || String(value).trim() === '';

/** `MM-dd-yyyy HH:mm:ss` → epoch ms (UTC), or NaN when it is not a real date in that format. */
function parseLeadTimestamp(value) {
	const match = /^(\d{2})-(\d{2})-(\d{4}) (\d{2}):(\d{2}):(\d{2})$/.exec(value);
	if (!match) return NaN;
	const [month, day, year, hour, minute, second] = match.slice(1).map(Number);
	const millis = Date.UTC(year, month - 1, day, hour, minute, second);
	const date = new Date(millis);
	const real =
		date.getUTCFullYear() === year &&
		date.getUTCMonth() === month - 1 &&
		date.getUTCDate() === day &&
		hour < 24 &&
		minute < 60 &&
		second < 60;
	return real ? millis : NaN;
}

/** `from`/`to`: ISO-8601 date-time with an offset (`Z` or ±hh:mm), as the example sends them. */
function parseRangeBound(name, value) {
	if (value === undefined) return undefined;
	const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/.exec(value);
	const millis = match ? Date.parse(`${match[1]}${(match[2] ?? '').slice(0, 4)}${match[3]}`) : NaN;
	if (Number.isNaN(millis)) {
		throw badRequest(
			`Failed to convert value of type 'java.lang.String' to required type 'java.time.OffsetDateTime' for parameter '${name}': ` +
				`"${value}" is not an ISO-8601 date-time with an offset (e.g. 2022-02-20T01:30:00.000-05:00)`,
		);
	}
	return millis;
}

function parseAccountId(value, field = 'accountId') {
	if (!/^\d+$/.test(String(value))) {
		throw badRequest(
			`Failed to convert value of type 'java.lang.String' to required type 'java.lang.Long' for '${field}'; For input string: "${value}"`,
		);
	}
	return Number(value);
}

/** Jackson's reading of a String property: scalars become text, objects and lists are refused. */
function readText(input, field, where, errors) {
	const value = input[field];
	if (value === undefined || value === null) return undefined;
	if (typeof value === 'object') {
		errors.push(`${where}${field}: JSON parse error: cannot read a String from an ${Array.isArray(value) ? 'array' : 'object'}`);
		return undefined;
	}
	return String(value);
}

function checkRequired(values, field, where, errors, maxLength) {
	const value = values[field];
	if (isBlank(value)) errors.push(`${where}${field}: must not be blank`);
	else if (maxLength && value.length > maxLength) errors.push(`${where}${field}: size must be between 0 and ${maxLength}`);
}

function readAttributes(input, where, errors) {
	const value = input.attributes;
	if (value === undefined || value === null) return undefined;
	if (typeof value !== 'object' || Array.isArray(value)) {
		errors.push(`${where}attributes: JSON parse error: expected an object of text values`);
		return undefined;
	}
	const attributes = {};
	for (const [key, item] of Object.entries(value)) {
		if (item !== null && typeof item === 'object') errors.push(`${where}attributes.${key}: JSON parse error: cannot read a String from an object`);
		else attributes[key] = item === null ? null : String(item);
	}
	return attributes;
}

function validationFailed(errors, limit = 20) {
	const shown = errors.slice(0, limit).join('; ');
	const more = errors.length > limit ? `; and ${errors.length - limit} more` : '';
	return badRequest(`Validation failed (${errors.length} error${errors.length === 1 ? '' : 's'}): ${shown}${more}`);
}

function requireJsonBody({ req, body, rawBody }) {
	const type = req.headers['content-type'] ?? '';
	if (!rawBody) throw badRequest('Required request body is missing');
	if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
		throw new XonvoError(415, `Content type '${type || 'application/octet-stream'}' not supported`);
	}
	if (typeof body === 'string') throw badRequest(`JSON parse error: the request body is not valid JSON`);
	if (!body || typeof body !== 'object' || Array.isArray(body)) throw badRequest('JSON parse error: the request body must be a JSON object');
	return body;
}

function createStore(options = {}) {
	const settings = {
		errorBodies: 'spring',
		defaultAccountId: options.defaultAccountId ?? DEFAULT_ACCOUNT_ID,
	};
	const store = { accounts: new Map(), agents: new Map(), nextAccountId: 1, anonymousLeads: 0 };

	function renderError(status, message, requestPath) {
		if (settings.errorBodies === 'text') return message;
		if (settings.errorBodies === 'empty') return '';
		return springErrorBody(status, message, requestPath);
	}

	function newAccount(id, fields, status = 'ACTIVE') {
		const account = { id, status, fields, leads: new Map() };
		store.accounts.set(id, account);
		store.nextAccountId = Math.max(store.nextAccountId, id + 1);
		return account;
	}

	function requireAccount(id) {
		const account = store.accounts.get(parseAccountId(id));
		if (!account) throw notFound(`Account ${id} not found`);
		return account;
	}

	function requireLead(account, externalId) {
		const lead = account.leads.get(externalId);
		if (!lead) throw notFound(`Lead with externalId '${externalId}' not found in account ${account.id}`);
		return lead;
	}

	function requireOpen(account, action) {
		if (account.status === 'INACTIVE') throw badRequest(`Account ${account.id} is inactive and cannot ${action}`);
	}

	/** Reads one lead; `where` prefixes field names, `note` says where in a bulk body it sits. */
	function readLead(input, { where = '', note = '', single = false, requireExternalId = false } = {}) {
		const errors = [];
		if (!input || typeof input !== 'object' || Array.isArray(input)) {
			return { errors: [`${where || 'lead'}: JSON parse error: a lead must be a JSON object${note}`] };
		}
		const values = {};
		for (const field of LEAD_FIELDS) {
			const value = readText(input, field, where, errors);
			if (value !== undefined) values[field] = value;
		}
		const attributes = readAttributes(input, where, errors);
		if (attributes !== undefined) values.attributes = attributes;
		checkRequired(values, 'firstName', where, errors, 250);
		checkRequired(values, 'lastName', where, errors, 250);
		checkRequired(values, 'phone', where, errors, 100);
		if (isBlank(values.timestamp)) errors.push(`${where}timestamp: must not be null`);
		else if (Number.isNaN(parseLeadTimestamp(values.timestamp))) {
			errors.push(`${where}timestamp: "${values.timestamp}" does not match the format "${TIMESTAMP_FORMAT}"`);
		}
		if (requireExternalId) checkRequired(values, 'externalId', where, errors);
		if (single) {
			if (!((!isBlank(values.state) && !isBlank(values.city)) || !isBlank(values.zip))) {
				errors.push(`${where}zip: either state and city, or zip, is required`);
			}
			if (isBlank(values.jornayaLeadId) && isBlank(values.trustedFormId)) {
				errors.push(`${where}jornayaLeadId: either jornayaLeadId or trustedFormId is required`);
			}
		}
		if (!isBlank(values.agentExternalId) && !store.agents.has(values.agentExternalId)) {
			errors.push(`${where}agentExternalId: no agent with externalId '${values.agentExternalId}'; add the agent first`);
		}
		return { values, errors: errors.map((error) => `${error}${note}`) };
	}

	function newLead(values) {
		return {
			...values,
			externalId: isBlank(values.externalId) ? null : values.externalId,
			acquiredAt: parseLeadTimestamp(values.timestamp),
			status: 'ACTIVE',
			deliveredCount: 0,
			lastDeliveredTime: null,
			engaged: false,
			qualified: false,
		};
	}

	function storeLead(account, lead) {
		// A lead without an externalId is reachable by phone only: a symbol key no path can name.
		const key = lead.externalId ?? Symbol(`anonymous lead ${++store.anonymousLeads}`);
		account.leads.set(key, lead);
	}

	function updateLead(lead, values) {
		Object.assign(lead, values);
		lead.acquiredAt = parseLeadTimestamp(lead.timestamp);
	}

	function restartInteraction(lead) {
		Object.assign(lead, { status: 'ACTIVE', deliveredCount: 0, lastDeliveredTime: null, engaged: false, qualified: false });
	}

	/** `{"leadsByAccountId": {"<id>": [lead, …]}}`, checked whole before anything is stored. */
	function bulk(context, mode) {
		const body = requireJsonBody(context);
		const groups = body.leadsByAccountId;
		if (!groups || typeof groups !== 'object' || Array.isArray(groups)) throw validationFailed(['leadsByAccountId: must not be null']);
		const plan = [];
		for (const [key, leads] of Object.entries(groups)) {
			const id = parseAccountId(key, `leadsByAccountId[${key}]`);
			const account = store.accounts.get(id);
			if (!account) throw notFound(`Account ${key} not found (leadsByAccountId[${key}])`);
			requireOpen(account, mode === 'add' ? 'take new leads' : 'update leads');
			if (!Array.isArray(leads)) throw validationFailed([`leadsByAccountId[${key}]: JSON parse error: expected a list of leads`]);
			plan.push({ account, key, leads });
		}
		const errors = [];
		const missing = [];
		const accepted = [];
		for (const { account, key, leads } of plan) {
			const seen = new Set();
			leads.forEach((input, index) => {
				const where = `leadsByAccountId[${key}][${index}].`;
				const note = ` (account ${key}, lead ${index + 1} of ${leads.length})`;
				const { values, errors: leadErrors } = readLead(input, { where, note, requireExternalId: mode === 'update' });
				errors.push(...leadErrors);
				if (leadErrors.length) return;
				const externalId = isBlank(values.externalId) ? null : values.externalId;
				if (externalId !== null) {
					if (seen.has(externalId)) errors.push(`${where}externalId: '${externalId}' appears twice for this account${note}`);
					seen.add(externalId);
					if (mode === 'add' && account.leads.has(externalId)) {
						errors.push(`${where}externalId: a lead with externalId '${externalId}' already exists${note}`);
					}
					if (mode === 'update' && !account.leads.has(externalId)) {
						missing.push(`Lead with externalId '${externalId}' not found in account ${key}${note}`);
					}
				}
				accepted.push({ account, values });
			});
		}
		if (errors.length) throw validationFailed(errors);
		if (missing.length) throw notFound(missing.slice(0, 20).join('; '));
		for (const { account, values } of accepted) {
			if (mode === 'add') storeLead(account, newLead(values));
			else updateLead(account.leads.get(values.externalId), values);
		}
		return empty();
	}

	function statistics(account, query) {
		const from = parseRangeBound('from', query.from);
		const to = parseRangeBound('to', query.to);
		const leads = [...account.leads.values()].filter(
			(lead) => (from === undefined || lead.acquiredAt >= from) && (to === undefined || lead.acquiredAt <= to),
		);
		const reached = leads.filter((lead) => lead.deliveredCount > 0).length;
		const engagedCount = leads.filter((lead) => lead.engaged).length;
		return {
			engagedCount,
			leadCount: leads.length,
			unsubscribeCount: leads.filter((lead) => lead.status === 'UNSUBSCRIBED').length,
			deliveredCount: leads.reduce((sum, lead) => sum + lead.deliveredCount, 0),
			ctr: reached ? Math.round((100 * engagedCount) / reached) : 0,
		};
	}

	function readAccount(body, { create }) {
		const errors = [];
		const fields = {};
		for (const field of ACCOUNT_TEXT_FIELDS) {
			const value = readText(body, field, '', errors);
			if (value !== undefined) fields[field] = value;
		}
		if (body.areaCode !== undefined && body.areaCode !== null) {
			const areaCode = Number(body.areaCode);
			if (typeof body.areaCode === 'object' || body.areaCode === '' || !Number.isInteger(areaCode)) {
				errors.push(`areaCode: JSON parse error: "${body.areaCode}" is not an integer`);
			} else fields.areaCode = areaCode;
		}
		const attributes = readAttributes(body, '', errors);
		if (attributes !== undefined) fields.attributes = attributes;
		if (create) checkRequired(fields, 'name', '', errors);
		if (errors.length) throw validationFailed(errors);
		return fields;
	}

	const json = (body) => ({ status: 200, body, headers: { 'Content-Type': 'application/json' } });
	const empty = () => ({ status: 200, body: '' });

	function accountAction(transition) {
		return ({ params }) => {
			const account = requireAccount(params.accountId);
			transition(account);
			return empty();
		};
	}

	function leadAction(transition) {
		return ({ params }) => {
			const account = requireAccount(params.accountId);
			transition(requireLead(account, params.leadExternalId), account);
			return empty();
		};
	}

	const handlers = {
		'Add a lead': (context) => {
			const body = requireJsonBody(context);
			const { values, errors } = readLead(body, { single: true });
			if (errors.length) throw validationFailed(errors);
			const account = store.accounts.get(settings.defaultAccountId);
			if (!account) throw notFound(`Account ${settings.defaultAccountId} not found`);
			requireOpen(account, 'take new leads');
			if (!isBlank(values.externalId) && account.leads.has(values.externalId)) {
				throw validationFailed([`externalId: a lead with externalId '${values.externalId}' already exists`]);
			}
			storeLead(account, newLead(values));
			return empty();
		},
		'Add an agent': (context) => {
			const body = requireJsonBody(context);
			const errors = [];
			const values = {};
			for (const field of AGENT_FIELDS) {
				const value = readText(body, field, '', errors);
				if (value !== undefined) values[field] = value;
			}
			checkRequired(values, 'firstName', '', errors, 250);
			checkRequired(values, 'lastName', '', errors, 250);
			checkRequired(values, 'phone', '', errors, 100);
			checkRequired(values, 'externalId', '', errors);
			if (errors.length) throw validationFailed(errors);
			if (store.agents.has(values.externalId)) {
				throw validationFailed([`externalId: an agent with externalId '${values.externalId}' already exists`]);
			}
			store.agents.set(values.externalId, values);
			return empty();
		},
		'Unsubscribe a lead': ({ query }) => {
			if (query.phone === undefined) {
				throw badRequest("Required request parameter 'phone' for method parameter type String is not present");
			}
			const matches = [...store.accounts.values()].flatMap((account) =>
				[...account.leads.values()].filter((lead) => lead.phone === query.phone),
			);
			if (!matches.length) throw notFound(`Lead with phone '${query.phone}' not found`);
			for (const lead of matches) lead.status = 'UNSUBSCRIBED';
			return empty();
		},
		'Unsubscribe lead by external id': leadAction((lead) => {
			lead.status = 'UNSUBSCRIBED';
		}),
		'Add leads (bulk)': (context) => bulk(context, 'add'),
		'Update leads (bulk)': (context) => bulk(context, 'update'),
		'Reset a lead': leadAction((lead, account) => {
			requireOpen(account, 'reset leads');
			if (lead.status === 'UNSUBSCRIBED') throw badRequest(`Lead with externalId '${lead.externalId}' is unsubscribed and cannot be reset`);
			restartInteraction(lead);
		}),
		'Stop a lead': leadAction((lead) => {
			if (lead.status === 'ACTIVE') lead.status = 'STOPPED';
		}),
		'Create an account': (context) => {
			const fields = readAccount(requireJsonBody(context), { create: true });
			const account = newAccount(store.nextAccountId, fields);
			return json({ id: account.id });
		},
		'Update an account': (context) => {
			const account = requireAccount(context.params.accountId);
			Object.assign(account.fields, readAccount(requireJsonBody(context), { create: false }));
			return json({ id: account.id });
		},
		'Inactivate an account': accountAction((account) => {
			account.status = 'INACTIVE';
		}),
		'Pause an account': accountAction((account) => {
			requireOpen(account, 'be paused');
			account.status = 'PAUSED';
		}),
		'Unpause an account': accountAction((account) => {
			requireOpen(account, 'be unpaused');
			account.status = 'ACTIVE';
		}),
		'Get account statistics': ({ params, query }) => json(statistics(requireAccount(params.accountId), query)),
		'Lead statistics': ({ params }) => {
			const lead = requireLead(requireAccount(params.accountId), params.leadExternalId);
			return json({ deliveredCount: lead.deliveredCount, qualified: lead.qualified, lastDeliveredTime: lead.lastDeliveredTime });
		},
	};

	/** Renders XonvoErrors in the configured mode; a session cookie on success, as the 2022 example shows. */
	for (const [name, handler] of Object.entries(handlers)) {
		handlers[name] = (context) => {
			try {
				const result = handler(context);
				const cookie = `JSESSIONID=${crypto.randomBytes(16).toString('hex').toUpperCase()}; Path=/; HttpOnly`;
				return { ...result, headers: { ...result.headers, 'Set-Cookie': cookie } };
			} catch (error) {
				if (!(error instanceof XonvoError)) throw error;
				const requestPath = new URL(context.req.url, 'http://127.0.0.1').pathname;
				const body = renderError(error.status, error.message, requestPath);
				throw new HttpError(error.status, body, typeof body === 'string' ? {} : { 'Content-Type': 'application/json' });
			}
		};
	}

	/** The records the collection's requests and examples refer to. */
	function seed() {
		const acme = {
			name: 'Acme Account',
			phoneNumber: '+1324353535',
			email: 'alot@alot.co',
			description: 'We sell sneakers and T-shirts',
			countryIso3: 'USA',
			state: 'WI',
			timezone: 'US/Arizona',
			type: 'ECOMMERCE',
			attributes: { EXTERNAL_ID: 'SHOP_ID3223', PLAN_ID: 'PL02', BRAND_NAME: 'Store brand to be sent to lead' },
			aiAssistantName: 'Mark',
			website: 'www.google.co',
			areaCode: 434,
		};
		// 18: the create example's id and the bulk-add example's account (its lead is not there yet).
		newAccount(18, { ...acme });
		// 21: the collection's (disabled) accountId variable, the bulk-update example's account.
		const account21 = newAccount(21, { ...acme, name: 'Account 21', attributes: { ...acme.attributes, EXTERNAL_ID: 'SHOP_ID21' } });
		store.agents.set('2', { firstName: 'John', lastName: 'Agent', phone: '+13444343233', externalId: '2' });
		// Lead "2" as in the lead statistics example; acquired inside the range the account statistics example asked for.
		storeLead(account21, {
			...newLead({
				firstName: 'John',
				lastName: 'Smith',
				phone: '+1333-111-8888',
				externalId: '2',
				timestamp: '05-30-2022 10:00:00',
				ipAddress: '192.168.3.2',
				email: 'john.smith@alot.co',
				agentExternalId: '2',
				state: 'WA',
				zip: '98121',
				jornayaLeadId: '095796C6-4D33-A73C-7BCE-D5563F59E778',
			}),
			deliveredCount: 2,
			qualified: true,
			lastDeliveredTime: '2022-06-01T12:15:55.360Z',
		});
		storeLead(
			account21,
			newLead({
				firstName: 'Janet',
				lastName: 'John',
				phone: '+1333-111-8889',
				externalId: 'EXT-32342-TR',
				timestamp: '06-23-2021 22:55:23',
				ipAddress: '192.168.3.2',
				email: 'john.smith@alot.co',
				state: 'TX',
				attributes: { ABANDONED_CART_URL: 'www.shop.com/123', DISCOUNT_CODE: 'TR45' },
			}),
		);
	}

	function reset({ empty: startEmpty = false } = {}) {
		store.accounts.clear();
		store.agents.clear();
		store.nextAccountId = 1;
		store.anonymousLeads = 0;
		settings.errorBodies = 'spring';
		settings.defaultAccountId = options.defaultAccountId ?? DEFAULT_ACCOUNT_ID;
		if (startEmpty) newAccount(settings.defaultAccountId, { name: 'Default account' });
		else seed();
	}

	/** A lead for the control routes; errors come back as the library's 400 `{error}`. */
	function controlLead(body) {
		const account = store.accounts.get(Number(body.accountId));
		if (!account) throw new Error(`no account ${body.accountId}`);
		const lead = account.leads.get(String(body.externalId));
		if (!lead) throw new Error(`no lead '${body.externalId}' in account ${body.accountId}`);
		return { account, lead };
	}

	const leadView = (lead) => {
		const { acquiredAt, ...fields } = lead;
		return fields;
	};

	const control = {
		/** `{accountId, externalId, count?, at?}`: messages delivered to an active lead of an active account. */
		deliver: ({ body }) => {
			const { account, lead } = controlLead(body);
			if (account.status !== 'ACTIVE') throw new Error(`account ${account.id} is ${account.status.toLowerCase()}: nothing is delivered`);
			if (lead.status !== 'ACTIVE') throw new Error(`lead '${lead.externalId}' is ${lead.status.toLowerCase()}: nothing is delivered`);
			const count = Number(body.count ?? 1);
			if (!Number.isInteger(count) || count < 1) throw new Error('count must be a positive integer');
			lead.deliveredCount += count;
			lead.lastDeliveredTime = new Date(body.at ?? Date.now()).toISOString();
			return leadView(lead);
		},
		/** `{accountId, externalId}`: the lead replied (it needs a delivered message to reply to). */
		engage: ({ body }) => {
			const { lead } = controlLead(body);
			if (!lead.deliveredCount) throw new Error(`lead '${lead.externalId}' has no delivered message to engage with`);
			lead.engaged = true;
			return leadView(lead);
		},
		/** `{accountId, externalId, qualified?}`: the conversation qualified the lead (or not). */
		qualify: ({ body }) => {
			const { lead } = controlLead(body);
			lead.qualified = body.qualified === undefined ? true : body.qualified === true;
			return leadView(lead);
		},
		/** Everything the simulator holds (`?accountId=` narrows to one account). */
		state: ({ query }) => ({
			...settings,
			nextAccountId: store.nextAccountId,
			agents: [...store.agents.values()],
			accounts: [...store.accounts.values()]
				.filter((account) => query.accountId === undefined || String(account.id) === query.accountId)
				.map((account) => ({ id: account.id, status: account.status, ...account.fields, leads: [...account.leads.values()].map(leadView) })),
		}),
	};

	/** Vendor settings; the library's `rateLimit` is applied by the caller. */
	function configure(body) {
		if ('errorBodies' in body) {
			if (!ERROR_BODY_MODES.includes(body.errorBodies)) throw new Error(`errorBodies must be one of ${ERROR_BODY_MODES.join(', ')}`);
			settings.errorBodies = body.errorBodies;
		}
		if ('defaultAccountId' in body) settings.defaultAccountId = Number(body.defaultAccountId);
		return { ...settings };
	}

	reset();
	return { handlers, control, reset, configure, renderError, store, settings };
}

/** HTTP Basic with the test user; Spring Security's 401 otherwise. */
function authenticate(store) {
	const expected = Buffer.from(`${TEST_USER.username}:${TEST_USER.password}`).toString('base64');
	return (req) => {
		const [scheme, token] = (req.headers.authorization ?? '').split(/\s+/, 2);
		if (/^basic$/i.test(scheme ?? '') && token === expected) return null;
		const requestPath = new URL(req.url, 'http://127.0.0.1').pathname;
		const body = store.renderError(401, 'Unauthorized', requestPath);
		return { status: 401, body, headers: typeof body === 'string' ? {} : { 'Content-Type': 'application/json' } };
	};
}

/**
 * @param {object} [options] `{ defaultAccountId, rateLimit: {max, windowMs} | null }` (no limit by default)
 */
function createXonvoSimulator(options = {}) {
	const store = createStore(options);
	const renderLibraryError = (status, message, context) => store.renderError(status, message, context?.path ?? '');
	const simulator = createSimulator(
		{
			rows: loadRows(),
			handlers: store.handlers,
			control: {
				...store.control,
				config: ({ body }) => {
					if ('rateLimit' in body) simulator.state.rateLimit = body.rateLimit;
					return { ...store.configure(body), rateLimit: simulator.state.rateLimit };
				},
			},
			reset: store.reset,
			authenticate: authenticate(store),
			rateLimit: null,
			rateLimitResponse: (context) => ({ body: renderLibraryError(429, 'Too many requests', context) }),
			errorResponse: renderLibraryError,
			notFoundRoute: (route) => store.renderError(404, 'No message available', route),
		},
		{ rateLimit: options.rateLimit ?? null },
	);
	// Spring Security sets these on every response, errors included; `/__sim/` routes are ours.
	simulator.server.prependListener('request', (req, res) => {
		if (req.url.startsWith('/__sim/')) return;
		for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
	});
	return simulator;
}

module.exports = { createXonvoSimulator, TEST_USER, DEFAULT_ACCOUNT_ID };

if (require.main === module) {
	runCli(() => createXonvoSimulator());
}
