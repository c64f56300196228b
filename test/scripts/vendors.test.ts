/**
 * Vendor discovery and a package's file graph (scripts/lib/vendors.js), on a small tree of its
 * own: a vendor that is not in the name table is found, credentials go to the longest matching
 * folder, requires are followed to the end, and what would break a package is reported.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const vendorsLib = require('../../scripts/lib/vendors.js');

function tree(files: Record<string, string>): string {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vendors-test-'));
	for (const [file, text] of Object.entries(files)) {
		fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
		fs.writeFileSync(path.join(root, file), text);
	}
	return root;
}

describe('vendor discovery', () => {
	const root = tree({
		'nodes/shared/api.ts': '',
		'nodes/Acme/Acme.node.ts': '',
		'nodes/Acme/resources/thing/get.ts': '',
		'nodes/AcmePlus/AcmePlus.node.ts': '',
		'nodes/AcmePlus/sub/AcmePlusTrigger.node.ts': '',
		'nodes/Empty/shared/api.ts': '',
		'nodes/Xonvo/Xonvo.node.ts': '',
		'credentials/AcmeApi.credentials.ts': '',
		'credentials/AcmeOAuth2Api.credentials.ts': '',
		'credentials/AcmePlusApi.credentials.ts': '',
		'credentials/XonvoApi.credentials.ts': '',
	});
	afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

	it('finds every folder with a node, with its nodes and credentials, and none without', () => {
		const vendors = vendorsLib.discoverVendors(root);
		expect(vendors.map((vendor: any) => [vendor.folder, vendor.packageName, vendor.title])).toEqual([
			['Acme', 'n8n-nodes-acme', 'Acme'],
			['AcmePlus', 'n8n-nodes-acmeplus', 'AcmePlus'],
			['Xonvo', 'n8n-nodes-xonvo', 'XONVO'],
		]);
		const [acme, acmePlus] = vendors;
		expect(acme.nodes).toEqual(['dist/nodes/Acme/Acme.node.js']);
		expect(acme.credentials).toEqual(['dist/credentials/AcmeApi.credentials.js', 'dist/credentials/AcmeOAuth2Api.credentials.js']);
		expect(acmePlus.nodes).toEqual(['dist/nodes/AcmePlus/AcmePlus.node.js', 'dist/nodes/AcmePlus/sub/AcmePlusTrigger.node.js']);
		expect(acmePlus.credentials).toEqual(['dist/credentials/AcmePlusApi.credentials.js']);
		expect(acme.readme).toBe('docs/acme/README.md');
	});

	it("compares the vendors with the combined package's n8n section", () => {
		const vendors = vendorsLib.discoverVendors(root);
		const all = (kind: string) => vendors.flatMap((vendor: any) => vendor[kind]);
		expect(vendorsLib.combinedManifestProblems(vendors, { n8n: { nodes: all('nodes'), credentials: all('credentials') } }, root)).toEqual([]);
		const problems = vendorsLib.combinedManifestProblems(
			vendors,
			{ n8n: { nodes: [...all('nodes').slice(1), 'dist/nodes/Gone/Gone.node.js'], credentials: all('credentials') } },
			root,
		);
		expect(problems).toEqual([
			'package.json n8n.nodes lacks dist/nodes/Acme/Acme.node.js',
			'package.json n8n.nodes lists dist/nodes/Gone/Gone.node.js, which has no source',
		]);
	});
});

describe('file graph', () => {
	const root = tree({
		'dist/nodes/Acme/Acme.node.js': `"use strict";
const n8n_workflow_1 = require("n8n-workflow");
const api_1 = require("./shared/api");
const ops = require("../shared/operations");
class Acme { description = { icon: { light: 'file:../../icons/acme.svg', dark: 'file:../../icons/acme.dark.svg' } } }`,
		'dist/nodes/Acme/Acme.node.json': '{"node": "n8n-nodes-connector-pack.acme"}',
		'dist/nodes/Acme/shared/api.js': 'require("../../shared/index");',
		'dist/nodes/shared/index.js': 'exports.x = 1;',
		'dist/nodes/shared/operations.js': 'require("./data.json");',
		'dist/nodes/shared/data.json': '{}',
		'dist/nodes/shared/unused.js': '',
		'dist/icons/acme.svg': '<svg/>',
		'dist/icons/acme.dark.svg': '<svg/>',
		'dist/credentials/AcmeApi.credentials.js': "const icon = 'file:../icons/acme.svg';",
		'dist/nodes/Bad/Bad.node.js': `require("axios"); require(name); require("./missing"); require("../Acme/shared/api"); const i = 'file:../../icons/none.svg';`,
	});
	afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

	it('follows requires to the end and adds the codex and the icons, nothing unused', () => {
		const graph = vendorsLib.fileGraph(['dist/nodes/Acme/Acme.node.js', 'dist/credentials/AcmeApi.credentials.js'], root);
		expect(graph.problems).toEqual([]);
		expect(graph.files).toEqual([
			'dist/credentials/AcmeApi.credentials.js',
			'dist/icons/acme.dark.svg',
			'dist/icons/acme.svg',
			'dist/nodes/Acme/Acme.node.js',
			'dist/nodes/Acme/Acme.node.json',
			'dist/nodes/Acme/shared/api.js',
			'dist/nodes/shared/data.json',
			'dist/nodes/shared/index.js',
			'dist/nodes/shared/operations.js',
		]);
	});

	it('reports what would break a package, and files of another vendor', () => {
		const graph = vendorsLib.fileGraph(['dist/nodes/Bad/Bad.node.js'], root);
		expect(graph.problems).toEqual([
			"dist/nodes/Bad/Bad.node.js: require('axios') is neither a file of the package nor the peer n8n-workflow",
			'dist/nodes/Bad/Bad.node.js: a require() whose argument is not a string literal cannot be followed',
			"dist/nodes/Bad/Bad.node.js: require('./missing') does not resolve",
			'dist/nodes/Bad/Bad.node.js: icon file:../../icons/none.svg does not exist (dist/icons/none.svg)',
		]);
		const vendors = [
			{ folder: 'Bad', credentials: [] },
			{ folder: 'Acme', credentials: ['dist/credentials/AcmeApi.credentials.js'] },
		];
		expect(vendorsLib.foreignFiles(vendors[0], vendors, graph.files)).toEqual([
			'dist/nodes/Acme/shared/api.js',
		]);
	});

	it('knows the README headings of the template', () => {
		const complete = vendorsLib.README_HEADINGS.map((heading: string) => `## ${heading}`).join('\n');
		expect(vendorsLib.missingReadmeHeadings(complete)).toEqual([]);
		expect(vendorsLib.missingReadmeHeadings('# x\n## Installation\n### Operations')).toEqual(
			vendorsLib.README_HEADINGS.filter((heading: string) => !['Installation', 'Operations'].includes(heading)),
		);
	});
});
