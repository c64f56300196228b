import * as fs from 'node:fs';
import * as path from 'node:path';

export interface EndpointRow {
	vendor: string;
	folderPath: string[];
	name: string;
	method: string;
	path: string;
	pathParams: string[];
	queryParams: Array<{ name: string; example: string; disabled: boolean }>;
	bodyMode: string | null;
	bodyFields: Array<{ name: string; type: string }>;
	flags: string[];
}

export const endpointRows: EndpointRow[] = JSON.parse(
	fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'endpoints.json'), 'utf8'),
);

export function rowsOf(vendor: string, folders: string[][]): EndpointRow[] {
	return endpointRows.filter(
		(row) =>
			row.vendor === vendor &&
			folders.some((folder) => folder.every((part, index) => row.folderPath[index] === part)),
	);
}

/** The row's path as a regex over the path actually requested (params are single segments). */
export function pathPattern(row: EndpointRow, prefix: string): RegExp {
	const escaped = row.path
		.split(/\{\w+\}/)
		.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		.join('[^/]+');
	return new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${escaped}/?$`);
}

/** Body keys flattened like the fixture rows: two levels deep, `a.b` and `a[].b`. */
export function flattenKeys(value: unknown, prefix = '', depth = 0): string[] {
	if (!value || typeof value !== 'object') return [];
	const keys: string[] = [];
	const entries = Array.isArray(value) ? value.flatMap((element) => Object.entries(element ?? {})) : Object.entries(value);
	for (const [key, child] of entries) {
		const name = Array.isArray(value) ? `${prefix.slice(0, -1)}[].${key}` : `${prefix}${key}`;
		keys.push(name);
		if (child && typeof child === 'object' && depth < 2) {
			keys.push(...flattenKeys(child, Array.isArray(child) ? `${name}.` : `${name}.`, depth + 1));
		}
	}
	return [...new Set(keys)];
}

export interface ExampleRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	disabledQuery: Array<{ key: string; value: string }>;
	bodyMode: string | null;
	body: unknown;
	bodyRaw: string | null;
}

const requestsByVendor = new Map<string, Array<{ folderPath: string[]; name: string; request: ExampleRequest }>>();

/**
 * The collection's own request for a row (its example body, query and path), from
 * `test/fixtures/<vendor>/requests.json`. Expected bodies in coverage tests start from here.
 */
export function exampleRequest(vendor: string, name: string, folderPath?: string[]): ExampleRequest {
	const folder = vendor.toLowerCase();
	if (!requestsByVendor.has(folder)) {
		requestsByVendor.set(
			folder,
			JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', folder, 'requests.json'), 'utf8')),
		);
	}
	const matches = requestsByVendor
		.get(folder)!
		.filter((entry) => entry.name === name && (!folderPath || folderPath.every((part, index) => entry.folderPath[index] === part)));
	if (matches.length !== 1) throw new Error(`${matches.length} ${vendor} requests named "${name}"`);
	return matches[0].request;
}
