'use strict';
/**
 * The npm packages this repo ships: the combined `n8n-nodes-connector-pack` (the repo root) and
 * one package per vendor, staged from the compiled tree into `dist-packages/<name>/` and packed
 * there. A vendor package holds its nodes and credentials, the shared files they require, the
 * codex files (renamed to the vendor package's node types), the icons, its README and LICENSE.
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const vendorsLib = require('./vendors');
const { METADATA_FILES, generateMetadata, metadataProblems } = require('./metadata');

const { ROOT } = vendorsLib;
const OUT_DIR = path.join(ROOT, 'dist-packages');
/** What a packed package may contain: compiled code, JSON, icons and the documents. */
const SHIPPABLE = /(\.js|\.json|\.svg|\.png|^README\.md|^LICENSE\.md|^CHANGELOG\.md)$/;

const rootManifest = () => JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** `npm pack` of `dir` into `destination`: the tarball path and npm's own figures. */
function npmPack(dir, destination) {
	fs.mkdirSync(destination, { recursive: true });
	const output = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], {
		cwd: dir,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
		env: Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key))),
	});
	const [report] = JSON.parse(output.slice(output.indexOf('[')));
	return {
		name: report.name,
		version: report.version,
		tarball: path.join(destination, report.filename),
		size: report.size,
		unpackedSize: report.unpackedSize,
		fileCount: report.entryCount,
		files: report.files.map((file) => file.path),
	};
}

/** Files in a packed list that a package should not ship (declarations, maps, sources, ...). */
function unshippable(files) {
	return files.filter((file) => !SHIPPABLE.test(path.posix.basename(file)) && !SHIPPABLE.test(file));
}

/** Lazy-loading metadata files a packed list lacks (n8n would then load every file at start-up). */
function unpackedMetadata(packed) {
	return METADATA_FILES.filter((file) => !packed.files.includes(file)).map((file) => `${packed.name} would not ship ${file}`);
}

/** The combined package, packed from the repo root (run the build first). */
function packCombined(destination = OUT_DIR) {
	const packed = npmPack(ROOT, destination);
	const problems = unshippable(packed.files).map((file) => `${packed.name} would ship ${file}`);
	problems.push(...metadataProblems(ROOT), ...unpackedMetadata(packed));
	return { ...packed, problems };
}

/** The vendor package's package.json, from the root's. */
function vendorManifest(vendor, descriptions) {
	const root = rootManifest();
	const nodes = vendor.nodes.map((file) => descriptions.get(file).displayName);
	const credentials = vendor.credentials.map((file) => descriptions.get(file).displayName);
	const list = (names) => (names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0]);
	return {
		name: vendor.packageName,
		version: root.version,
		description: `n8n community nodes for ${vendor.title}: ${list(nodes)} (nodes), ${list(credentials)} (credentials).`,
		keywords: ['n8n-community-node-package', 'n8n', vendor.suffix],
		license: root.license,
		author: root.author,
		homepage: `${root.homepage}/tree/main/${path.posix.dirname(vendor.readme)}#readme`,
		repository: root.repository,
		...(root.bugs ? { bugs: root.bugs } : {}),
		files: ['dist'],
		n8n: {
			n8nNodesApiVersion: root.n8n.n8nNodesApiVersion,
			...(root.n8n.strict !== undefined ? { strict: root.n8n.strict } : {}),
			credentials: vendor.credentials,
			nodes: vendor.nodes,
		},
		peerDependencies: { 'n8n-workflow': '*' },
	};
}

function copyInto(target, relativeFile, from = ROOT) {
	const destination = path.join(target, relativeFile);
	fs.mkdirSync(path.dirname(destination), { recursive: true });
	fs.copyFileSync(path.join(from, relativeFile), destination);
}

/** A codex file with the vendor package's node type: `n8n-nodes-<vendor>.<node>`. */
function renameCodex(file, nodeName, fromPackage, toPackage) {
	const codex = JSON.parse(fs.readFileSync(file, 'utf8'));
	const expected = `${fromPackage}.${nodeName}`;
	if (codex.node !== expected) return `${path.relative(ROOT, file)} names "${codex.node}", expected "${expected}"`;
	codex.node = `${toPackage}.${nodeName}`;
	fs.writeFileSync(file, `${JSON.stringify(codex, null, '\t')}\n`);
	return undefined;
}

/**
 * Stages one vendor package into `<outDir>/<name>/` (what ships) and its source view into
 * `<outDir>/source/<name>/` (the package.json plus the TypeScript sources and codex files of the
 * same graph, for the scanner's source leg), then packs it. Returns figures and problems.
 */
function packVendor(vendor, vendors, { outDir = OUT_DIR } = {}) {
	const root = rootManifest();
	const problems = [];
	const graph = vendorsLib.fileGraph([...vendor.nodes, ...vendor.credentials]);
	problems.push(...graph.problems);
	for (const file of vendorsLib.foreignFiles(vendor, vendors, graph.files)) {
		problems.push(`${vendor.packageName} needs ${file}, which belongs to another vendor`);
	}
	if (vendor.credentials.length === 0) problems.push(`${vendor.packageName} has no credentials/${vendor.folder}*.credentials.ts`);

	const descriptions = new Map();
	for (const file of [...vendor.nodes, ...vendor.credentials]) {
		try {
			descriptions.set(file, vendorsLib.loadDescription(file));
		} catch (error) {
			problems.push(`${file} does not load: ${error.message}`);
		}
	}
	const readme = path.join(ROOT, vendor.readme);
	if (!fs.existsSync(readme)) {
		problems.push(`${vendor.readme} is missing: every vendor package ships its README (see docs/outseta/README.md)`);
	} else {
		const missing = vendorsLib.missingReadmeHeadings(fs.readFileSync(readme, 'utf8'));
		if (missing.length > 0) problems.push(`${vendor.readme} lacks the headings: ${missing.join(', ')}`);
	}
	if (problems.length > 0) return { vendor, problems };

	const stage = path.join(outDir, vendor.packageName);
	const source = path.join(outDir, 'source', vendor.packageName);
	for (const dir of [stage, source]) fs.rmSync(dir, { recursive: true, force: true });
	const manifest = vendorManifest(vendor, descriptions);
	for (const dir of [stage, source]) {
		fs.mkdirSync(dir, { recursive: true });
		fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
		fs.copyFileSync(readme, path.join(dir, 'README.md'));
		fs.copyFileSync(path.join(ROOT, 'LICENSE.md'), path.join(dir, 'LICENSE.md'));
	}
	for (const file of graph.files) {
		copyInto(stage, file);
		// Source view: dist/nodes/X.js → nodes/X.ts, dist/icons/x.svg → icons/x.svg.
		const inSource = file.replace(/^dist\//, '');
		const sourceFile = inSource.replace(/\.js$/, '.ts');
		if (fs.existsSync(path.join(ROOT, sourceFile))) copyInto(source, sourceFile);
		else if (!file.endsWith('.js')) copyInto(source, inSource);
		else problems.push(`no TypeScript source for ${file}`);
	}
	for (const file of vendor.nodes) {
		const codex = file.replace(/\.node\.js$/, '.node.json');
		if (!fs.existsSync(path.join(stage, codex))) continue;
		const nodeName = descriptions.get(file).name;
		for (const copy of [path.join(stage, codex), path.join(source, codex.replace(/^dist\//, ''))]) {
			const problem = renameCodex(copy, nodeName, root.name, vendor.packageName);
			if (problem) problems.push(problem);
		}
	}
	// After the codex renames: n8n reads the codex of a lazily loaded node from these files.
	try {
		generateMetadata(stage);
		problems.push(...metadataProblems(stage));
	} catch (error) {
		problems.push(`${vendor.packageName}: n8n-generate-metadata failed: ${error.stderr?.toString() || error.message}`);
	}
	for (const old of fs.readdirSync(outDir).filter((name) => name.startsWith(`${vendor.packageName}-`) && name.endsWith('.tgz'))) {
		fs.rmSync(path.join(outDir, old));
	}
	const packed = npmPack(stage, outDir);
	problems.push(...unshippable(packed.files).map((file) => `${vendor.packageName} would ship ${file}`));
	problems.push(...unpackedMetadata(packed));
	const nodeTypes = vendor.nodes.map((file) => `${vendor.packageName}.${descriptions.get(file).name}`);
	const credentialTypes = vendor.credentials.map((file) => descriptions.get(file).name);
	return { vendor, ...packed, stage, source, nodeTypes, credentialTypes, problems };
}

/** Every vendor's package (run the build first). */
function packVendors({ outDir = OUT_DIR, only } = {}) {
	const vendors = vendorsLib.discoverVendors();
	const manifestProblems = vendorsLib.combinedManifestProblems(vendors, rootManifest());
	const results = vendors
		.filter((vendor) => !only || only.includes(vendor.suffix))
		.map((vendor) => packVendor(vendor, vendors, { outDir }));
	return { vendors, results, problems: [...manifestProblems, ...results.flatMap((result) => result.problems)] };
}

module.exports = { OUT_DIR, npmPack, packCombined, packVendor, packVendors, unshippable, vendorManifest };
