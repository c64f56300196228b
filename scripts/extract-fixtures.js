#!/usr/bin/env node
/**
 * Regenerates test fixtures from the read-only sources in ../shared (not needed at test time):
 *  - test/fixtures/endpoints.json: our normalised endpoint rows, without the vendors' prose;
 *  - test/fixtures/<vendor>/requests.json: every request of the collection with its example
 *    request (method, path, query, body as JSON or as raw text), keyed by folder and name;
 *  - test/fixtures/<vendor>/examples.json: every saved example response (status, headers, body),
 *    with the collection's request and the request it was recorded for (`recorded`, host dropped). Simulators seed from them; fidelity tests replay them.
 * Descriptions, credentials and sample tokens (JWTs) are not carried.
 * Usage: node scripts/extract-fixtures.js [path/to/shared]
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const shared = path.resolve(process.argv[2] ?? path.join(__dirname, '..', '..', 'shared'));
const out = path.join(__dirname, '..', 'test', 'fixtures');

const VENDORS = { Outseta: 'outseta', Rebillia: 'rebillia', XONVO: 'xonvo', Ytel: 'ytel' };
const JWT = /eyJ[\w-]+\.[\w-]+\.[\w-]*/g;

/** Sample tokens in the collections (JWTs) are not carried. */
function scrub(value) {
	if (typeof value === 'string') return value.replace(JWT, '<token>');
	if (Array.isArray(value)) return value.map(scrub);
	if (value && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, scrub(child)]));
	}
	return value;
}

const rows = JSON.parse(fs.readFileSync(path.join(shared, 'api', 'endpoints.json'), 'utf8'));
const normalised = rows.map((row) => ({
	vendor: row.vendor,
	folderPath: row.folderPath,
	name: row.name,
	method: row.method,
	host: row.host,
	path: row.path,
	pathParams: row.pathParams.map((param) => param.name),
	queryParams: row.queryParams.map((param) => ({
		name: param.name,
		example: scrub(param.example),
		disabled: !!param.disabled,
	})),
	exampleOnlyQueryParams: row.exampleOnlyQueryParams ?? [],
	bodyMode: row.bodyMode,
	bodyFields: row.bodyFields.map((field) => ({ name: field.name, type: field.type })),
	auth: row.auth,
	hasExampleResponse: row.hasExampleResponse,
	exampleStatusCodes: row.exampleStatusCodes ?? [],
	flags: row.flags,
	duplicateKind: row.duplicateKind ?? null,
	rpcFunction: row.rpcFunction ?? null,
}));
fs.writeFileSync(path.join(out, 'endpoints.json'), `${JSON.stringify(normalised, null, '\t')}\n`);

function parseJson(text) {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

function decode(part) {
	try {
		return decodeURIComponent(part);
	} catch {
		return part;
	}
}

/** The request as the collection writes it: host variable dropped, query split, body parsed. */
function requestOf(request) {
	if (!request) return null;
	const url = typeof request.url === 'string' ? { raw: request.url } : request.url ?? {};
	const raw = String(url.raw ?? '');
	const withoutHost = raw
		.replace(/^https?:\/\/[^/]+/, '')
		.replace(/^(\{\{\w+\}\}\/?)+/, '/')
		.replace(/^\/\//, '/');
	const [pathPart, queryPart = ''] = withoutHost.split('?');
	const query = Object.fromEntries(
		queryPart
			.split('&')
			.filter(Boolean)
			.map((pair) => {
				const index = pair.indexOf('=');
				return index < 0 ? [decode(pair), ''] : [decode(pair.slice(0, index)), decode(pair.slice(index + 1))];
			}),
	);
	const disabledQuery = (Array.isArray(url.query) ? url.query : [])
		.filter((param) => param.disabled)
		.map((param) => ({ key: param.key, value: param.value ?? '' }));
	const mode = request.body?.mode ?? null;
	let body = null;
	let bodyRaw = null;
	if (mode === 'raw') {
		const parsed = parseJson(request.body.raw ?? '');
		if (parsed === undefined) bodyRaw = request.body.raw ?? '';
		else body = parsed;
	} else if (mode === 'urlencoded' || mode === 'formdata') {
		body = Object.fromEntries((request.body[mode] ?? []).filter((f) => !f.disabled).map((f) => [f.key, f.value ?? '']));
	}
	return scrub({ method: request.method, path: pathPart, query, disabledQuery, bodyMode: mode, body, bodyRaw });
}

for (const [vendor, folder] of Object.entries(VENDORS)) {
	const file = path.join(shared, 'api-collections', `${folder}.postman_collection.json`);
	if (!fs.existsSync(file)) continue;
	const collection = JSON.parse(fs.readFileSync(file, 'utf8'));
	const requests = [];
	const examples = [];
	(function walk(items, folderPath) {
		for (const item of items) {
			if (item.item) {
				walk(item.item, [...folderPath, item.name]);
				continue;
			}
			const name = item.name.trim();
			requests.push({ folderPath, name, request: requestOf(item.request) });
			for (const response of item.response ?? []) {
				const text = response.body ?? '';
				const parsed = parseJson(text);
				examples.push({
					folderPath,
					name,
					request: requestOf(item.request),
					recorded: requestOf(response.originalRequest),
					response: scrub({
						status: response.code ?? null,
						headers: Object.fromEntries(
							(Array.isArray(response.header) ? response.header : [])
								.filter((header) => header && typeof header === 'object')
								.map((header) => [header.key, header.value]),
						),
						body: parsed === undefined ? null : parsed,
						bodyRaw: parsed === undefined ? text : null,
					}),
				});
			}
		}
	})(collection.item, []);
	fs.mkdirSync(path.join(out, folder), { recursive: true });
	fs.writeFileSync(path.join(out, folder, 'requests.json'), `${JSON.stringify(requests, null, '\t')}\n`);
	fs.writeFileSync(path.join(out, folder, 'examples.json'), `${JSON.stringify(examples, null, '\t')}\n`);
	console.log(`${vendor}: ${requests.length} requests, ${examples.length} example responses`);
}
console.log(`${normalised.length} endpoint rows`);
