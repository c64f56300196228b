/**
 * The lazy-loading metadata (dist/known/*.json, dist/types/*.json) of the combined package (from
 * `npm run build`) and of each vendor package (`npm run pack:vendors`), against what the files of
 * each package's `n8n` section themselves say when required: n8n trusts these files instead of
 * requiring the nodes, so a node missing here, a stale version or another package's icon URL
 * would only show in a real n8n.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const { ROOT, discoverVendors } = require('../../scripts/lib/vendors.js');
const { packVendors } = require('../../scripts/lib/packages.js');
const { METADATA_FILES, metadataProblems, readMetadata, toolVariants } = require('../../scripts/lib/metadata.js');

interface Entry {
	file: string;
	className: string;
	instance: any;
}

// Inside the repo (dist-packages/ is ignored by git): jest resolves the staged nodes' n8n-workflow from there.
fs.mkdirSync(path.join(ROOT, 'dist-packages'), { recursive: true });
const outDir = fs.mkdtempSync(path.join(ROOT, 'dist-packages', '.lazy-metadata-test-'));
const packages: Array<{ name: string; dir: string }> = [];

/** What n8n's eager loader would find: each entry required, its class named after the file. */
function entries(dir: string, files: string[]): Entry[] {
	return files.map((file) => {
		const className = path.basename(file).split('.')[0];
		const exported = require(path.join(dir, file));
		return { file, className, instance: new exported[className]() };
	});
}

const names = (properties: Array<{ name: string }>) => properties.map((property) => property.name);
const isSubsequence = (short: string[], long: string[]) => {
	let at = 0;
	for (const name of long) if (name === short[at]) at++;
	return at === short.length;
};

beforeAll(() => {
	if (!fs.existsSync(path.join(ROOT, 'dist'))) throw new Error('run `npm run build` first');
	const { results, problems } = packVendors({ outDir });
	if (problems.length > 0) throw new Error(`pack:vendors reported:\n${problems.join('\n')}`);
	packages.push({ name: 'combined', dir: ROOT }, ...results.map((result: any) => ({ name: result.name, dir: result.stage })));
}, 120_000);

afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

it('packs the combined package and every vendor package', () => {
	expect(packages.length).toBeGreaterThan(2);
});

describe.each(['combined', ...discoverVendors().map((vendor: { packageName: string }) => vendor.packageName)])('%s', (name) => {
	let dir = '';
	let manifest: any;
	let metadata: any;
	let nodes: Entry[] = [];
	let credentials: Entry[] = [];

	beforeAll(() => {
		const found = packages.find((candidate) => candidate.name === name);
		if (!found) throw new Error(`${name} was not packed`);
		dir = found.dir;
		manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
		metadata = readMetadata(dir);
		nodes = entries(dir, manifest.n8n.nodes);
		credentials = entries(dir, manifest.n8n.credentials);
	});

	it('ships the four files n8n reads, and they agree with the n8n section', () => {
		for (const file of METADATA_FILES) expect(fs.existsSync(path.join(dir, file))).toBe(true);
		expect(metadataProblems(dir)).toEqual([]);
	});

	it('knows each node of the n8n section, by its class and file, and no other', () => {
		expect(metadata.knownNodes).toEqual(
			Object.fromEntries(nodes.map((node) => [node.instance.description.name, { className: node.className, sourcePath: node.file }])),
		);
	});

	it('describes each node with its own name, version, tool flag, credentials and parameters, and the package version', () => {
		expect(metadata.nodeTypes.map((type: any) => type.name)).toEqual(nodes.map((node) => node.instance.description.name));
		for (const node of nodes) {
			const own = node.instance.description;
			const described = metadata.nodeTypes.find((type: any) => type.name === own.name);
			expect({
				name: described.name,
				displayName: described.displayName,
				version: described.version,
				usableAsTool: described.usableAsTool,
				credentials: described.credentials,
				communityNodePackageVersion: described.communityNodePackageVersion,
			}).toEqual({
				name: own.name,
				displayName: own.displayName,
				version: own.version,
				usableAsTool: own.usableAsTool,
				credentials: own.credentials,
				communityNodePackageVersion: manifest.version,
			});
			// n8n adds its own parameters (poll times, request options) around the node's, in order.
			expect(isSubsequence(names(own.properties), names(described.properties))).toBe(true);
			expect(described.codex?.categories?.length).toBeGreaterThan(0);
		}
	});

	it('yields the AI tool variants n8n derives: one per usableAsTool node, no trigger', () => {
		const expected = nodes
			.filter((node) => node.instance.description.usableAsTool)
			.map((node) => `${node.instance.description.name}Tool`)
			.sort();
		// A package of triggers only (n8n-nodes-ytel until its action nodes come) derives none.
		if (nodes.every((node) => node.instance.description.polling)) expect(expected).toEqual([]);
		else expect(expected.length).toBeGreaterThan(0);
		expect(toolVariants(metadata.nodeTypes)).toEqual(expected);
		for (const node of nodes.filter((candidate) => candidate.instance.description.polling)) {
			expect(toolVariants(metadata.nodeTypes)).not.toContain(`${node.instance.description.name}Tool`);
		}
	});

	it('knows each credential with what it extends and the nodes of this package that use it', () => {
		const usedBy = (credential: string) =>
			nodes.filter((node) => (node.instance.description.credentials ?? []).some((used: any) => used.name === credential)).map((node) => node.instance.description.name);
		expect(metadata.knownCredentials).toEqual(
			Object.fromEntries(
				credentials.map((credential) => [
					credential.instance.name,
					{ className: credential.className, sourcePath: credential.file, extends: credential.instance.extends, supportedNodes: usedBy(credential.instance.name) },
				]),
			),
		);
		expect(metadata.credentialTypes.map((type: any) => [type.name, type.displayName, names(type.properties), type.supportedNodes])).toEqual(
			credentials.map((credential) => [credential.instance.name, credential.instance.displayName, names(credential.instance.properties), usedBy(credential.instance.name)]),
		);
	});

	it("points every icon at this package's own files", () => {
		const urls = [...metadata.nodeTypes, ...metadata.credentialTypes].flatMap((type: any) => [type.iconUrl?.light, type.iconUrl?.dark]);
		expect(urls.every((url: unknown) => typeof url === 'string')).toBe(true);
		for (const url of urls) {
			expect(url).toMatch(new RegExp(`^icons/${manifest.name}/dist/icons/[^/]+\\.svg$`));
			expect(fs.existsSync(path.join(dir, url.slice(`icons/${manifest.name}/`.length)))).toBe(true);
		}
	});
});

it("the vendor packages' metadata together are the combined package's", () => {
	const union = (pick: (metadata: any) => string[]) =>
		packages
			.filter((candidate) => candidate.name !== 'combined')
			.flatMap((candidate) => pick(readMetadata(candidate.dir)))
			.sort();
	const combined = readMetadata(ROOT);
	expect(union((metadata) => Object.keys(metadata.knownNodes))).toEqual(Object.keys(combined.knownNodes).sort());
	expect(union((metadata) => Object.keys(metadata.knownCredentials))).toEqual(Object.keys(combined.knownCredentials).sort());
	expect(union((metadata) => toolVariants(metadata.nodeTypes))).toEqual(toolVariants(combined.nodeTypes));
});

describe('metadataProblems', () => {
	const copy = path.join(outDir, 'copy');
	beforeEach(() => {
		fs.rmSync(copy, { recursive: true, force: true });
		fs.cpSync(packages.find((candidate) => candidate.name === 'n8n-nodes-xonvo')!.dir, copy, { recursive: true });
	});
	const edit = (mutate: (manifest: any) => void) => {
		const manifest = JSON.parse(fs.readFileSync(path.join(copy, 'package.json'), 'utf8'));
		mutate(manifest);
		fs.writeFileSync(path.join(copy, 'package.json'), JSON.stringify(manifest));
	};

	it('reports metadata that is stale against the n8n section', () => {
		edit((manifest) => manifest.n8n.nodes.pop());
		expect(metadataProblems(copy)).toEqual([expect.stringContaining('known nodes are')]);
	});

	it('reports a missing file', () => {
		fs.rmSync(path.join(copy, 'dist/types/credentials.json'));
		expect(metadataProblems(copy)).toEqual([expect.stringContaining('dist/types/credentials.json is missing')]);
	});

	it("reports icons of another package's name", () => {
		edit((manifest) => (manifest.name = 'n8n-nodes-renamed'));
		expect(metadataProblems(copy).some((problem: string) => /icon icons\/n8n-nodes-xonvo\/.* is not under icons\/n8n-nodes-renamed\//.test(problem))).toBe(true);
	});
});
