/**
 * Every vendor package (`npm run pack:vendors`), each installed ALONE into a fresh n8n user folder
 * with exactly the manual command its README gives (`npm install --legacy-peer-deps <package>` in
 * `.n8n/nodes`, here with the tarball and no registry to reach), then one workflow of that
 * vendor's nodes run by `n8n execute` against its simulator. A package that needs another
 * vendor's files, or that pulls in a second n8n-workflow, fails here; so does an error item that
 * loses its HTTP code.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { N8nInstance } from './n8n-instance';
import { buildWorkflow, credentialsFor, expectedFailure, failureOf, loadVendorWorkflow, outputsOf, type VendorWorkflow } from './vendor-workflows';

const { discoverVendors, ROOT } = require('../../scripts/lib/vendors.js');
const { packVendors } = require('../../scripts/lib/packages.js');
const { metadataProblems, readMetadata } = require('../../scripts/lib/metadata.js');

interface Vendor {
	folder: string;
	suffix: string;
	packageName: string;
	readme: string;
}

interface Packed {
	vendor: Vendor;
	tarball?: string;
	size?: number;
	fileCount?: number;
	files?: string[];
	nodeTypes?: string[];
	problems: string[];
}

const vendors: Vendor[] = discoverVendors();
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-vendor-packages-'));
const packed = new Map<string, Packed>();
const summary: string[] = [];

/** The manual install command of a vendor README, e.g. ['npm', 'install', '--legacy-peer-deps']. */
function readmeInstallCommand(vendor: Vendor): string[] {
	const readme = fs.readFileSync(path.join(ROOT, vendor.readme), 'utf8');
	const line = readme.split('\n').find((text) => /\bnpm install\b/.test(text) && text.includes(vendor.packageName));
	if (!line) throw new Error(`${vendor.readme} has no manual install command for ${vendor.packageName}`);
	const command = line.slice(line.indexOf('npm install')).replace(/`.*$/, '').trim().split(/\s+/);
	if (command[command.length - 1] !== vendor.packageName) throw new Error(`unexpected install line in ${vendor.readme}: ${line}`);
	return command.slice(0, -1);
}

beforeAll(() => {
	const { results, problems } = packVendors({ outDir });
	for (const result of results as Packed[]) packed.set(result.vendor.suffix, result);
	if (problems.length > 0) throw new Error(`pack:vendors reported:\n${problems.join('\n')}`);
}, 120_000);

afterAll(() => {
	fs.rmSync(outDir, { recursive: true, force: true });
	console.log(['vendor packages in real n8n', ...summary].join('\n  '));
});

it('finds the vendors', () => {
	expect(vendors.map((vendor) => vendor.suffix)).toEqual(expect.arrayContaining(['outseta', 'xonvo']));
});

describe.each(vendors)('$packageName, installed alone with its README command', (vendor) => {
	const instance = new N8nInstance();
	let workflow: VendorWorkflow;
	let command: string[] = [];
	let run: any;
	let started = 0;

	beforeAll(async () => {
		started = Date.now();
		workflow = loadVendorWorkflow(vendor.suffix);
		command = readmeInstallCommand(vendor);
		const result = packed.get(vendor.suffix);
		if (!result?.tarball) throw new Error(`${vendor.packageName} was not packed`);
		Object.assign(instance.options, { tarball: result.tarball, installCommand: command });
		await instance.prepare();
		const simulator = await instance.startSimulator(workflow.simulator);
		await workflow.prepare(simulator.url);
		instance.importJson('credentials', credentialsFor(vendor.suffix, workflow, simulator.url));
		const id = `e2eAlone${vendor.suffix}`.slice(0, 21);
		instance.importJson('workflow', [buildWorkflow(id, vendor.suffix, vendor.packageName, workflow)]);
		run = instance.execute(id).run;
	}, 10 * 60_000);

	afterAll(async () => {
		await instance.dispose();
		const result = packed.get(vendor.suffix);
		summary.push(
			`${vendor.packageName}: ${((result?.size ?? 0) / 1024).toFixed(1)} KB, ${result?.fileCount} files; ` +
				`installed with \`${command.join(' ')}\`, ran in ${((Date.now() - started) / 1000).toFixed(1)} s`,
		);
	});

	it('the README command installs only this package, offline, with no n8n-workflow of its own', () => {
		expect(command).toEqual(['npm', 'install', '--legacy-peer-deps']);
		expect(instance.installedModules()).toEqual([vendor.packageName]);
		expect(fs.existsSync(path.join(instance.installedDir, 'node_modules'))).toBe(false);
	});

	it("ships its own nodes, credentials and the shared blocks, no other vendor's files", () => {
		const files = packed.get(vendor.suffix)!.files!;
		const vendorFolders = new Set(files.map((file) => /^dist\/nodes\/([^/]+)\//.exec(file)?.[1]).filter(Boolean));
		expect([...vendorFolders].sort()).toEqual([vendor.folder, 'shared'].sort());
		for (const other of vendors.filter((candidate) => candidate.folder !== vendor.folder)) {
			expect(files.filter((file) => file.startsWith(`dist/credentials/${other.folder}`))).toEqual([]);
		}
		// Codex files name the vendor package's node types.
		const codexFiles = files.filter((file) => file.endsWith('.node.json'));
		expect(codexFiles.length).toBeGreaterThan(0);
		for (const file of codexFiles) {
			const codex = JSON.parse(fs.readFileSync(path.join(instance.installedDir, file), 'utf8'));
			expect(codex.node).toMatch(new RegExp(`^${vendor.packageName}\\.[a-zA-Z]+$`));
		}
	});

	it('installs with lazy-loading metadata of its own nodes and credentials only', () => {
		expect(metadataProblems(instance.installedDir)).toEqual([]);
		const metadata = readMetadata(instance.installedDir);
		const nodeTypes = Object.keys(metadata.knownNodes).map((name) => `${vendor.packageName}.${name}`);
		expect(nodeTypes.sort()).toEqual([...packed.get(vendor.suffix)!.nodeTypes!].sort());
	});

		it('runs its workflow against the simulator', () => {
		expect(workflow.summarize(outputsOf(run.data.resultData.runData))).toEqual(workflow.expected);
	});

	it('a failing request keeps its HTTP code (one n8n-workflow: n8n recognises the error)', () => {
		expect(failureOf(run, workflow)).toEqual(expectedFailure(workflow));
	});
});
