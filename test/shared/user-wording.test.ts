/**
 * What the editor shows must be in the user's words: no node or credential description (every
 * string in it, at any depth) may speak of our internal sources (the request collection, the
 * simulator, fixtures, digests, "the API guide shows").
 */
import * as path from 'node:path';
import type { ICredentialType, INodeType } from 'n8n-workflow';

const ROOT = path.resolve(__dirname, '../..');
const pkg = require(path.join(ROOT, 'package.json')) as { n8n: { nodes: string[]; credentials: string[] } };

/** Words that name our sources instead of saying what the user needs to know. */
const INTERNAL_WORDING = [
	/\b(request )?collection\b/i,
	/\bpostman\b/i,
	/\bsimulator\b/i,
	/\bfixtures?\b/i,
	/\bdigest\b/i,
	/\bAPI guide (shows|uses)\b/i,
	/\bsaved examples?\b/i,
	/\bAPI_FACTS\b|\bendpoints\.json\b/i,
];

/** Keys whose strings n8n never shows as text: property types (`collection` is one). */
const STRUCTURAL_KEYS = new Set(['type']);

function strings(value: unknown, at: string, seen = new Set<unknown>()): Array<{ at: string; text: string }> {
	if (typeof value === 'string') return [{ at, text: value }];
	if (!value || typeof value !== 'object' || seen.has(value)) return [];
	seen.add(value);
	return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
		STRUCTURAL_KEYS.has(key) && typeof child === 'string' ? [] : strings(child, `${at}.${key}`, seen),
	);
}

const load = (built: string) => {
	const source = path.join(ROOT, built.replace(/^dist\//, '').replace(/\.js$/, '.ts'));
	const className = path.basename(built, '.js').replace(/\.(node|credentials)$/, '');
	const exported = (require(source) as Record<string, new () => unknown>)[className];
	return new exported();
};

const nodes = pkg.n8n.nodes.map((file) => [path.basename(file, '.js'), (load(file) as INodeType).description] as const);
const credentials = pkg.n8n.credentials.map((file) => {
	const credential = load(file) as ICredentialType;
	return [path.basename(file, '.js'), { ...credential }] as const;
});

describe('descriptions speak the user’s words, not our sources’', () => {
	it('scans every node and credential of the package', () => {
		expect(nodes.length).toBe(pkg.n8n.nodes.length);
		expect(credentials.length).toBe(pkg.n8n.credentials.length);
	});

	it.each([...nodes, ...credentials])('%s', (name, description) => {
		const hits = strings(description, name).filter(({ text }) => INTERNAL_WORDING.some((pattern) => pattern.test(text)));
		expect(hits).toEqual([]);
	});
});
