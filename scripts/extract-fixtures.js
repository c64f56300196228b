#!/usr/bin/env node
/**
 * Regenerates test fixtures from the read-only sources in ../shared (not needed at test time):
 *  - test/fixtures/endpoints.json: our normalised endpoint rows, without the vendors' prose;
 *  - test/fixtures/outseta/examples.json: the saved example requests/responses the simulator
 *    seeds from and the fidelity test replays (no descriptions, tokens or credentials).
 * Usage: node scripts/extract-fixtures.js [path/to/shared]
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const shared = path.resolve(process.argv[2] ?? path.join(__dirname, '..', '..', 'shared'));
const out = path.join(__dirname, '..', 'test', 'fixtures');

/** Sample tokens in the collections (JWTs) are not carried. */
function scrub(value) {
	return typeof value === 'string' && /^eyJ[\w-]+\./.test(value) ? '<token>' : value;
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
	bodyMode: row.bodyMode,
	bodyFields: row.bodyFields.map((field) => ({ name: field.name, type: field.type })),
	hasExampleResponse: row.hasExampleResponse,
	flags: row.flags,
	duplicateKind: row.duplicateKind ?? null,
}));
fs.writeFileSync(path.join(out, 'endpoints.json'), `${JSON.stringify(normalised, null, '\t')}\n`);

function parseJson(text) {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

function requestOf(request) {
	const url = typeof request.url === 'string' ? { raw: request.url } : request.url ?? {};
	const raw = String(url.raw ?? '');
	const [pathPart, queryPart = ''] = raw.replace(/^\{\{\w+\}\}/, '').split('?');
	const query = Object.fromEntries(
		queryPart
			.split('&')
			.filter(Boolean)
			.map((pair) => pair.split('=').map((part) => decodeURIComponent(part))),
	);
	const body = request.body?.mode === 'raw' ? parseJson(request.body.raw ?? '') : undefined;
	return { method: request.method, path: pathPart, query, body: body ?? null };
}

const SLICE_FOLDERS = [
	['CRM', 'People'],
	['CRM', 'Accounts'],
];
const collection = JSON.parse(
	fs.readFileSync(path.join(shared, 'api-collections', 'outseta.postman_collection.json'), 'utf8'),
);
const examples = [];
(function walk(items, folder) {
	for (const item of items) {
		if (item.item) {
			walk(item.item, [...folder, item.name]);
			continue;
		}
		if (!SLICE_FOLDERS.some((slice) => slice.every((part, index) => folder[index] === part))) continue;
		for (const response of item.response ?? []) {
			const body = parseJson(response.body ?? '');
			if (body === undefined) continue;
			examples.push({
				name: item.name.trim(),
				request: requestOf(item.request),
				response: { status: response.code, body },
			});
		}
	}
})(collection.item, []);
fs.mkdirSync(path.join(out, 'outseta'), { recursive: true });
fs.writeFileSync(path.join(out, 'outseta', 'examples.json'), `${JSON.stringify(examples, null, '\t')}\n`);
console.log(`${normalised.length} endpoint rows, ${examples.length} Outseta examples`);
