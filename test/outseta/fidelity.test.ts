/**
 * Replays the collection's saved examples for People and Accounts against the simulator and
 * compares status, envelope and keys: every key the vendor's example shows must be served.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { useOutsetaSim } from '../helpers/outseta';

interface Example {
	folderPath: string[];
	name: string;
	request: { method: string; path: string; query: Record<string, string>; body: unknown };
	response: { status: number; body: Record<string, unknown> };
}

const SLICE_FOLDERS = ['People', 'Accounts'];
const examples: Example[] = (
	JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'outseta', 'examples.json'), 'utf8')) as Example[]
).filter((example) => example.folderPath[0] === 'CRM' && SLICE_FOLDERS.includes(example.folderPath[1]) && example.response.body);

const PLACEHOLDERS: Record<string, string> = { '[personUid]': 'qrm0A4QX', '[accountUid]': 'KaWx1mVr' };
const QUERY_VALUES: Record<string, string> = { 'true/false': 'true' };

const keysOf = (value: unknown) =>
	value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value).sort() : [];

/** Keys of the example, and of its non-null child objects, all served by the simulator. */
function expectKeysServed(example: unknown, served: unknown, where: string) {
	const missing = keysOf(example).filter((key) => !keysOf(served).includes(key));
	expect({ where, missing }).toEqual({ where, missing: [] });
	for (const key of keysOf(example)) {
		const child = (example as Record<string, unknown>)[key];
		const servedChild = (served as Record<string, unknown>)[key];
		if (child && typeof child === 'object' && !Array.isArray(child) && servedChild && typeof servedChild === 'object') {
			const missingChild = keysOf(child).filter((inner) => !keysOf(servedChild).includes(inner));
			expect({ where: `${where}.${key}`, missing: missingChild }).toEqual({ where: `${where}.${key}`, missing: [] });
		}
	}
}

describe('Outseta simulator fidelity to the collection examples', () => {
	const sim = useOutsetaSim({ resetEach: false });

	it('carries the saved examples of the slice', () => {
		expect(examples.map((example) => example.name)).toEqual(
			expect.arrayContaining(['Get all people', 'Get person', 'Add person', 'Get account', 'Get all accounts', 'Register Account']),
		);
	});

	it.each(examples.map((example) => [example.name, example] as const))('%s', async (_name, example) => {
		await sim.reset();
		const requestPath = Object.entries(PLACEHOLDERS).reduce(
			(current, [placeholder, value]) => current.replace(placeholder, value),
			example.request.path,
		);
		const query = new URLSearchParams(
			Object.entries(example.request.query).map(([key, value]): [string, string] => [key, QUERY_VALUES[value] ?? value]),
		).toString();
		const response = await sim.api(
			example.request.method,
			`${requestPath}${query ? `?${query}` : ''}`,
			example.request.body ?? undefined,
		);
		expect(response.status).toBe(example.response.status);
		const expected = example.response.body;
		if ('items' in expected) {
			expect(keysOf(response.body)).toEqual(keysOf(expected));
			expect(keysOf(response.body.metadata)).toEqual(keysOf(expected.metadata));
			expectKeysServed((expected.items as unknown[])[0], response.body.items[0], 'items[0]');
		} else {
			expectKeysServed(expected, response.body, 'body');
		}
	});
});
