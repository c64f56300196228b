'use strict';
/**
 * The vendor-independent core of the Outseta simulator's data: errors, timestamps, uids, the
 * `fields` selection, rendering by depth, and the list conventions (§1.3 of API_FACTS).
 *
 * Rendering follows what every saved example shows: a response carries the requested object and
 * its immediate children; objects (and lists) one level further down are `null` (e.g. an
 * account's `PersonAccount[].Person`, `CurrentSubscription.Plan`, a subscription's
 * `Account.PersonAccount`). `fields=` reaches deeper ("Go deeper: ?fields=CurrentSubscription.Plan.*")
 * or returns less ("?fields=Uid,Name").
 */
const crypto = require('node:crypto');
const { HttpError } = require('../lib/simulator');

/** .NET's `default(DateTime)`, which the examples show on objects that were never saved. */
const NULL_DATE = '0001-01-01T00:00:00';

const nowSecond = () => new Date().toISOString().slice(0, 19);

/** Outseta timestamps are zone-less; read them (and filter values) as UTC. */
function toMillis(value) {
	if (typeof value !== 'string') return NaN;
	const zoned = /(Z|[+-]\d{2}:?\d{2})$/i.test(value);
	return Date.parse(zoned ? value : `${value}Z`);
}

/** A zone-less UTC second (`2024-01-31T12:00:00`), the form the simulator stores. */
function toSecond(value) {
	const millis = typeof value === 'number' ? value : toMillis(value);
	if (Number.isNaN(millis)) return null;
	return new Date(millis).toISOString().slice(0, 19);
}

function addPeriod(second, { months = 0, days = 0 }) {
	const date = new Date(toMillis(second));
	date.setUTCMonth(date.getUTCMonth() + months);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 19);
}

function errorBody(message) {
	return { error: { message } };
}

/** ASP.NET's validation shape, for bodies that do not bind or miss a required property. */
function invalid(modelState) {
	return new HttpError(400, { Message: 'The request is invalid.', ModelState: modelState });
}

function badRequest(message) {
	return new HttpError(400, errorBody(message));
}

function notFound(kind, uid) {
	return new HttpError(404, errorBody(`${kind} with Uid '${uid}' was not found.`));
}

function createUids() {
	const used = new Set();
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
	return {
		reserve: (uid) => used.add(uid),
		next() {
			for (;;) {
				const uid = Array.from(crypto.randomBytes(8), (byte) => alphabet[byte % alphabet.length]).join('');
				if (!used.has(uid)) {
					used.add(uid);
					return uid;
				}
			}
		},
	};
}

/** A related object (or list of them) inside an entity; rendered or nulled by depth. */
class Rel {
	constructor(kind, target, many) {
		this.kind = kind;
		this.target = target;
		this.many = many;
	}
}
const one = (kind, target) => new Rel(kind, target ?? null, false);
const many = (kind, targets) => new Rel(kind, targets ?? [], true);

/**
 * Selections: `default` renders every property and children shallowly; `shallow` renders every
 * property with related objects `null`; `none` renders only the listed keys.
 */
const DEFAULT = Object.freeze({ mode: 'default', keys: {} });
const SHALLOW = Object.freeze({ mode: 'shallow', keys: {} });
const LEAF = true;

/** `Uid,Name,CurrentSubscription.Plan.Uid`, `*`, `CurrentSubscription.Plan.*` → a selection tree. */
function parseFields(text) {
	const root = { mode: 'none', keys: {} };
	for (const raw of String(text).split(',')) {
		const parts = raw.trim().split('.').filter(Boolean);
		let node = root;
		parts.forEach((part, index) => {
			if (part === '*') {
				node.mode = 'default';
				return;
			}
			if (index === parts.length - 1) {
				if (!node.keys[part]) node.keys[part] = LEAF;
				return;
			}
			if (node.keys[part] === undefined) node.keys[part] = { mode: 'none', keys: {} };
			else if (node.keys[part] === LEAF) node.keys[part] = { mode: 'shallow', keys: {} };
			node = node.keys[part];
		});
	}
	return root.mode === 'none' && !Object.keys(root.keys).length ? DEFAULT : root;
}

function childSelection(selection, key) {
	const listed = selection.keys[key];
	if (listed === LEAF) return SHALLOW;
	if (listed) return selection.mode === 'default' && listed.mode === 'none' ? { ...listed, mode: 'shallow' } : listed;
	if (selection.mode === 'default') return SHALLOW;
	if (selection.mode === 'shallow') return null;
	return undefined;
}

/**
 * @param kinds `{[kind]: (record) => Array<[key, value | Rel]>}` in the order the examples show
 */
function createRenderer(kinds) {
	function render(kind, record, selection = DEFAULT) {
		const out = {};
		for (const [key, value] of kinds[kind](record)) {
			if (!(value instanceof Rel)) {
				if (selection.mode !== 'none' || selection.keys[key]) out[key] = value;
				continue;
			}
			const child = childSelection(selection, key);
			if (child === undefined) continue;
			out[key] = child === null ? null : renderRel(value, child);
		}
		return out;
	}

	function renderRel(rel, selection) {
		if (rel.many) return rel.target.map((target) => render(rel.kind, target, selection));
		return rel.target ? render(rel.kind, rel.target, selection) : null;
	}

	/** The values at a dotted path (several when it crosses a list), for filters and sorting. */
	function valuesAt(kind, record, parts) {
		const [head, ...rest] = parts;
		// Stored scalars are PascalCase on the raw record; derived ones come from the entries.
		const value = Object.hasOwn(record, head) && !rest.length
			? record[head]
			: kinds[kind](record).find(([key]) => key === head)?.[1];
		if (!(value instanceof Rel)) {
			if (!rest.length) return [value];
			return [value && typeof value === 'object' ? rest.reduce((inner, key) => inner?.[key], value) : undefined];
		}
		const targets = value.many ? value.target : [value.target];
		if (!rest.length) return value.many ? [targets.length ? targets : null] : [value.target];
		return targets.flatMap((target) => (target ? valuesAt(value.kind, target, rest) : [undefined]));
	}

	return { render, valuesAt };
}

function compare(actual, expected) {
	if (actual === null || actual === undefined) return NaN;
	if (typeof actual === 'boolean') {
		const wanted = String(expected).toLowerCase();
		if (wanted !== 'true' && wanted !== 'false') return NaN;
		return Number(actual) - Number(wanted === 'true');
	}
	if (typeof actual === 'number') return actual - Number(expected);
	if (typeof actual === 'object') return NaN;
	const dateActual = toMillis(actual);
	const dateExpected = toMillis(String(expected));
	if (/^\d{4}-\d{2}-\d{2}/.test(actual) && !Number.isNaN(dateActual) && !Number.isNaN(dateExpected)) {
		return dateActual - dateExpected;
	}
	return String(actual).toLowerCase().localeCompare(String(expected).toLowerCase());
}

const OPERATOR = /^(.*?)(__gt|__gte|__lt|__lte|__ne|__isnull)?$/;

function matchesValue(actual, operator, value) {
	if (operator === '__isnull') return (actual === null || actual === undefined || actual === '') === (String(value).toLowerCase() === 'true');
	const order = compare(actual, value);
	switch (operator) {
		case '__gt':
			return order > 0;
		case '__gte':
			return order >= 0;
		case '__lt':
			return order < 0;
		case '__lte':
			return order <= 0;
		case '__ne':
			return !(order === 0);
		default:
			return order === 0;
	}
}

const RESERVED_QUERY = new Set(['offset', 'limit', 'orderBy', 'fields', 'donotlog']);

/**
 * A page of records in the `{metadata: {limit, offset, total}, items}` envelope: `offset` is a
 * page index, `limit` at most 100 (25 when `fields` reaches into child objects), any property
 * (dotted paths too) filters with `__gt/__gte/__lt/__lte/__ne/__isnull`, `orderBy=<Prop> [ASC|DESC]`.
 * `ignore` names query keys that belong to the endpoint rather than to the filters.
 */
function createLister({ render, valuesAt }) {
	return function list(kind, records, query, { ignore = [] } = {}) {
		const fields = query.fields ?? '';
		const cap = fields.includes('.') ? 25 : 100;
		const limit = Math.min(Math.max(Math.trunc(Number(query.limit ?? 100)) || 100, 1), cap);
		const offset = Math.max(Math.trunc(Number(query.offset ?? 0)) || 0, 0);
		let rows = records;
		for (const [key, value] of Object.entries(query)) {
			if (RESERVED_QUERY.has(key) || ignore.includes(key)) continue;
			const [, field, operator = ''] = key.match(OPERATOR);
			const parts = field.split('.');
			rows = rows.filter((record) => {
				const values = valuesAt(kind, record, parts);
				return operator === '__ne' ? values.every((actual) => matchesValue(actual, operator, value)) : values.some((actual) => matchesValue(actual, operator, value));
			});
		}
		if (query.orderBy) {
			// `orderBy=Created+DESC`: the `+` arrives as a space; a literal (`%2B`) one is accepted too.
			const [field, direction = 'ASC'] = query.orderBy.trim().split(/[\s+]+/);
			const sign = direction.toUpperCase() === 'DESC' ? -1 : 1;
			const parts = field.split('.');
			rows = rows
				.map((record, index) => ({ record, index, key: valuesAt(kind, record, parts)[0] }))
				.sort((a, b) => sign * (compareKeys(a.key, b.key) || 0) || a.index - b.index)
				.map(({ record }) => record);
		}
		const selection = fields ? parseFields(fields) : DEFAULT;
		return {
			metadata: { limit, offset, total: rows.length },
			items: rows.slice(offset * limit, offset * limit + limit).map((record) => render(kind, record, selection)),
		};
	};
}

function compareKeys(a, b) {
	const aMissing = a === null || a === undefined;
	const bMissing = b === null || b === undefined;
	if (aMissing || bMissing) return Number(bMissing) - Number(aMissing) || 0;
	return compare(a, typeof b === 'boolean' ? String(b) : b);
}

function isTrue(value) {
	return value === true || String(value).toLowerCase() === 'true' || value === '1' || value === 1;
}

/** A boolean as ASP.NET binds it: `true`/`false` or those strings; anything else does not bind. */
function parseBool(value, field, fallback = false) {
	if (value === undefined || value === null) return fallback;
	if (typeof value === 'boolean') return value;
	const text = String(value).toLowerCase();
	if (text === 'true' || text === 'false') return text === 'true';
	throw invalid({ [field]: [`Could not convert '${value}' to a boolean.`] });
}

function parseNumber(value, field, { required = false } = {}) {
	if (value === undefined || value === null || value === '') {
		if (required) throw invalid({ [field]: [`The ${field.split('.').pop()} field is required.`] });
		return null;
	}
	const number = typeof value === 'number' ? value : Number(value);
	if (!Number.isFinite(number)) throw invalid({ [field]: [`Could not convert '${value}' to a number.`] });
	return number;
}

module.exports = {
	NULL_DATE,
	nowSecond,
	toMillis,
	toSecond,
	addPeriod,
	errorBody,
	invalid,
	badRequest,
	notFound,
	createUids,
	one,
	many,
	DEFAULT,
	SHALLOW,
	parseFields,
	createRenderer,
	createLister,
	isTrue,
	parseBool,
	parseNumber,
};
