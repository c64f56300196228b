'use strict';
/**
 * Lazy-loading metadata of a package: the four files n8n's `LazyPackageDirectoryLoader` reads
 * at start-up instead of requiring every node and credential file of the `n8n` section:
 *   dist/known/nodes.json        node name → { className, sourcePath }
 *   dist/known/credentials.json  credential name → { className, sourcePath, extends, supportedNodes }
 *   dist/types/nodes.json        every node description, as the eager loader post-processes it
 *                                (icon URLs, codex, polling and request options, package version)
 *   dist/types/credentials.json  every credential description (icon URLs, supportedNodes)
 * If any of them is missing or unreadable, n8n silently falls back to loading everything.
 *
 * They are written by n8n-core's own `n8n-generate-metadata` (the script n8n builds its packages
 * with), run with the package folder as the working directory: the icon URLs it writes carry the
 * package name of that folder's package.json (`icons/<package>/dist/icons/...`), so a vendor
 * package gets its own. It runs on the Node that runs the build (Node 20 works: the script only
 * loads n8n-core's loader classes, which need no Node 22+ API), so the build does not need
 * n8n's runtime.
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');

/** The files n8n's lazy loader reads, relative to the package folder. */
const METADATA_FILES = ['dist/known/nodes.json', 'dist/known/credentials.json', 'dist/types/nodes.json', 'dist/types/credentials.json'];
/** Written by the same script for n8n's own build checks; n8n does not read them at run time. */
const UNUSED_OUTPUT = 'dist/methods';
/** What n8n appends to a `usableAsTool` node's name for the AI tool variant it derives. */
const TOOL_SUFFIX = 'Tool';

function generatorScript() {
	const manifest = require.resolve('n8n-core/package.json', { paths: [ROOT] });
	return path.join(path.dirname(manifest), 'bin', 'generate-metadata');
}

/** The node_modules folder holding the n8n-workflow this repo builds against. */
function peerModulesDir() {
	const manifest = require.resolve('n8n-workflow/package.json', { paths: [ROOT] });
	return path.dirname(path.dirname(manifest));
}

/** Runs n8n-core's generator in `packageDir` (built already); returns the metadata read back. */
function generateMetadata(packageDir) {
	const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
	// Under jest NODE_ENV=test: n8n-core would then skip the vm isolation it loads classes with at run time.
	delete env.NODE_ENV;
	delete env.JEST_WORKER_ID;
	// A package staged outside the repo finds n8n-workflow as in n8n, where it is on NODE_PATH.
	env.NODE_PATH = [peerModulesDir(), process.env.NODE_PATH].filter(Boolean).join(path.delimiter);
	execFileSync(process.execPath, [generatorScript()], { cwd: packageDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
	fs.rmSync(path.join(packageDir, UNUSED_OUTPUT), { recursive: true, force: true });
	return readMetadata(packageDir);
}

function readMetadata(packageDir) {
	const read = (file) => JSON.parse(fs.readFileSync(path.join(packageDir, file), 'utf8'));
	const [knownNodes, knownCredentials, nodeTypes, credentialTypes] = METADATA_FILES.map(read);
	return { knownNodes, knownCredentials, nodeTypes, credentialTypes };
}

/** The AI tool variants n8n derives at start-up from the node descriptions: `<name>Tool` of each `usableAsTool` node. */
function toolVariants(nodeTypes) {
	return [...new Set(nodeTypes.filter((type) => type.usableAsTool).map((type) => `${type.name}${TOOL_SUFFIX}`))].sort();
}

/**
 * Where the metadata of `packageDir` disagrees with its package.json's `n8n` section: every entry
 * must be known with its file and described, and nothing else. Returns readable problems.
 */
function metadataProblems(packageDir) {
	const manifest = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
	const problems = [];
	const missing = METADATA_FILES.filter((file) => !fs.existsSync(path.join(packageDir, file)));
	if (missing.length > 0) return missing.map((file) => `${manifest.name}: ${file} is missing (n8n would load every file at start-up)`);
	let metadata;
	try {
		metadata = readMetadata(packageDir);
	} catch (error) {
		return [`${manifest.name}: unreadable metadata (${error.message})`];
	}
	const compare = (what, listed, found) => {
		const expected = [...listed].sort();
		const actual = [...found].sort();
		if (JSON.stringify(expected) !== JSON.stringify(actual)) {
			problems.push(`${manifest.name}: ${what} are ${JSON.stringify(actual)}, the n8n section lists ${JSON.stringify(expected)}`);
		}
	};
	compare('known nodes', manifest.n8n.nodes, Object.values(metadata.knownNodes).map((known) => known.sourcePath));
	compare('known credentials', manifest.n8n.credentials, Object.values(metadata.knownCredentials).map((known) => known.sourcePath));
	compare('described nodes', Object.keys(metadata.knownNodes), new Set(metadata.nodeTypes.map((type) => type.name)));
	compare('described credentials', Object.keys(metadata.knownCredentials), metadata.credentialTypes.map((type) => type.name));
	for (const file of Object.values({ ...metadata.knownNodes, ...metadata.knownCredentials }).map((known) => known.sourcePath)) {
		if (!fs.existsSync(path.join(packageDir, file))) problems.push(`${manifest.name}: metadata names ${file}, which the package lacks`);
	}
	for (const type of [...metadata.nodeTypes, ...metadata.credentialTypes]) {
		for (const url of iconUrls(type)) {
			const prefix = `icons/${manifest.name}/`;
			if (!url.startsWith(prefix)) problems.push(`${manifest.name}: ${type.name}'s icon ${url} is not under ${prefix}`);
			else if (!fs.existsSync(path.join(packageDir, url.slice(prefix.length)))) problems.push(`${manifest.name}: ${type.name}'s icon ${url} does not exist`);
		}
	}
	return problems;
}

function iconUrls(type) {
	if (!type.iconUrl) return [];
	return typeof type.iconUrl === 'string' ? [type.iconUrl] : [type.iconUrl.light, type.iconUrl.dark].filter(Boolean);
}

module.exports = { METADATA_FILES, TOOL_SUFFIX, generateMetadata, metadataProblems, readMetadata, toolVariants };
