'use strict';
/**
 * Rendering by example: every Rebillia response is the stored record projected onto the saved
 * example of the request that answers it. The example decides the keys (nothing it does not show,
 * everything it shows), the JSON type of each value and its format (4 or 2 decimals, zone-less or
 * ISO timestamps, dates); the record decides the values. A key the record lacks takes the
 * example's own value, which is also how creates start from the example response.
 *
 * Stored records carry bookkeeping under `$`-prefixed keys (collection, links); `strip` removes
 * them wherever a value is served without a template.
 */

const DATE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const DECIMAL_TEMPLATE = /^-?\d+\.(\d{2}|\d{4})$/;
const NUMERIC = /^-?\d+(?:\.\d+)?$/;

const isPlainObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

function clone(value) {
	return value === undefined ? undefined : structuredClone(value);
}

/** The value without bookkeeping keys (`$c`, `$links`, …), at any depth. */
function strip(value) {
	if (Array.isArray(value)) return value.map(strip);
	if (!isPlainObject(value)) return value;
	const result = {};
	for (const [key, child] of Object.entries(value)) if (!key.startsWith('$')) result[key] = strip(child);
	return result;
}

/** Zone-less timestamps are UTC, as the API writes them. */
function toDate(value) {
	if (typeof value !== 'string' || !DATE_LIKE.test(value.trim())) return null;
	const text = value.trim().replace(' ', 'T');
	const zoned = /(Z|[+-]\d{2}:?\d{2})$/.test(text);
	const date = new Date(zoned ? text : DATE_ONLY.test(text) ? `${text}T00:00:00Z` : `${text}Z`);
	return Number.isNaN(date.getTime()) ? null : date;
}

const stamp = (date) => date.toISOString().slice(0, 19).replace('T', ' ');

function formatDateLike(date, template) {
	const iso = date.toISOString();
	if (DATE_ONLY.test(template)) return iso.slice(0, 10);
	if (ISO_OFFSET.test(template)) return `${iso.slice(0, 19)}+00:00`;
	return stamp(date);
}

/** A scalar value in the example's type and format. */
function coerce(value, template) {
	if (value === undefined) return clone(template);
	if (value === null) return null;
	switch (typeof template) {
		case 'string': {
			if (typeof value === 'number') {
				const decimals = template.match(DECIMAL_TEMPLATE);
				return decimals ? value.toFixed(decimals[1].length) : String(value);
			}
			if (typeof value === 'boolean') return String(value);
			if (typeof value !== 'string') return value;
			if (DATE_TIME.test(template) || DATE_ONLY.test(template) || ISO_OFFSET.test(template)) {
				const date = toDate(value);
				return date ? formatDateLike(date, template) : value;
			}
			const decimals = template.match(DECIMAL_TEMPLATE);
			if (decimals && NUMERIC.test(value)) return Number(value).toFixed(decimals[1].length);
			return value;
		}
		case 'number':
			if (typeof value === 'string' && NUMERIC.test(value)) return Number(value);
			if (typeof value === 'boolean') return value ? 1 : 0;
			return value;
		case 'boolean':
			if (typeof value === 'string') return !['', 'false', '0'].includes(value.toLowerCase());
			if (typeof value === 'number') return value !== 0;
			return value;
		default:
			return value;
	}
}

/**
 * `record` shaped like `template`. `resolve(record, key, template)` reads a field (relations and
 * computed lists included); `opaque` keys hold free-form JSON that is served as stored.
 */
function project(value, template, resolve, opaque) {
	if (Array.isArray(template)) {
		if (value === undefined) return clone(template);
		if (!Array.isArray(value)) return value === null ? null : strip(value);
		if (!template.length) return strip(value);
		return value.map((element, index) => project(element, template[Math.min(index, template.length - 1)], resolve, opaque));
	}
	if (isPlainObject(template)) {
		if (value === undefined) return clone(template);
		if (!isPlainObject(value)) return value === null ? null : strip(value);
		const result = {};
		for (const [key, child] of Object.entries(template)) {
			const field = resolve(value, key, child);
			if (opaque.has(key)) result[key] = field === undefined ? clone(child) : strip(field);
			else result[key] = project(field, child, resolve, opaque);
		}
		return result;
	}
	if (template === null) return value === undefined ? null : strip(value);
	return coerce(value, template);
}

module.exports = { project, coerce, strip, clone, toDate, stamp, isPlainObject, DATE_LIKE };
