'use strict';
/**
 * The vendors of this repo, found in the tree rather than listed: a vendor is a folder
 * `nodes/<Vendor>/` holding at least one `*.node.ts`, plus the credentials whose file names
 * start with `<Vendor>`. A new vendor folder becomes a new package with no change here.
 *
 * Also the file graph of a vendor package: the compiled entry files, everything they require
 * (relative requires only; `n8n-workflow` is the one peer), the codex files beside the nodes and
 * the icons the files point at.
 */
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = 'dist';

/**
 * Folder name → npm package suffix and the vendor's own spelling. A folder missing here gets
 * its lower-cased name and is written as the folder is.
 */
const VENDOR_NAMES = {
	Outseta: { suffix: 'outseta', title: 'Outseta' },
	Rebillia: { suffix: 'rebillia', title: 'Rebillia' },
	Xonvo: { suffix: 'xonvo', title: 'XONVO' },
	Ytel: { suffix: 'ytel', title: 'Ytel' },
};

/** The only module a package may require besides its own files: n8n provides it. */
const PEER_MODULES = new Set(['n8n-workflow']);

/** Headings every vendor README keeps (n8n's community-node README template, plus ours). */
const README_HEADINGS = ['Installation', 'Operations', 'Credentials', 'Compatibility', 'Usage notes', 'Resources', 'Version history'];

const toPosix = (file) => file.split(path.sep).join('/');

function walk(dir, keep, found = []) {
	if (!fs.existsSync(dir)) return found;
	for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) walk(full, keep, found);
		else if (keep(entry.name)) found.push(full);
	}
	return found;
}

/** `nodes/Outseta/Outseta.node.ts` → `dist/nodes/Outseta/Outseta.node.js`. */
function compiledPath(sourceFile, root = ROOT) {
	return toPosix(path.join(DIST, path.relative(root, sourceFile)).replace(/\.ts$/, '.js'));
}

function discoverVendors(root = ROOT) {
	const nodesDir = path.join(root, 'nodes');
	const credentialFiles = fs.existsSync(path.join(root, 'credentials'))
		? fs.readdirSync(path.join(root, 'credentials')).filter((name) => name.endsWith('.credentials.ts'))
		: [];
	const folders = fs
		.readdirSync(nodesDir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && /^[A-Z]/.test(entry.name))
		.map((entry) => entry.name)
		.sort();
	const vendors = [];
	for (const folder of folders) {
		const nodeSources = walk(path.join(nodesDir, folder), (name) => name.endsWith('.node.ts'));
		if (nodeSources.length === 0) continue;
		const names = VENDOR_NAMES[folder] ?? { suffix: folder.toLowerCase().replace(/[^a-z0-9]+/g, '-'), title: folder };
		// `Rebillia*` must not also claim a later `RebilliaPlus` vendor's credentials.
		const longerFolders = folders.filter((other) => other !== folder && other.startsWith(folder));
		const credentials = credentialFiles
			.filter((name) => name.startsWith(folder) && !longerFolders.some((other) => name.startsWith(other)))
			.map((name) => compiledPath(path.join(root, 'credentials', name), root));
		vendors.push({
			folder,
			suffix: names.suffix,
			title: names.title,
			packageName: `n8n-nodes-${names.suffix}`,
			nodes: nodeSources.map((file) => compiledPath(file, root)),
			credentials,
			readme: toPosix(path.join('docs', names.suffix, 'README.md')),
		});
	}
	return vendors;
}

/**
 * What the combined package's `n8n` section should list, compared with what it lists: a node or
 * credential left out of package.json would be missing from the combined package, and an entry
 * without a source file would break it.
 */
function combinedManifestProblems(vendors, manifest, root = ROOT) {
	const problems = [];
	for (const kind of ['nodes', 'credentials']) {
		const listed = new Set(manifest.n8n?.[kind] ?? []);
		const found = new Set(vendors.flatMap((vendor) => vendor[kind]));
		for (const file of found) if (!listed.has(file)) problems.push(`package.json n8n.${kind} lacks ${file}`);
		for (const file of listed) {
			const source = path.join(root, file.replace(/^dist\//, '').replace(/\.js$/, '.ts'));
			if (!found.has(file) && !fs.existsSync(source)) problems.push(`package.json n8n.${kind} lists ${file}, which has no source`);
		}
	}
	return problems;
}

const REQUIRE = /\brequire\(\s*(?:(['"])([^'"]+)\1\s*\))?/g;

function resolveRelative(root, fromFile, spec) {
	const base = path.resolve(path.dirname(path.join(root, fromFile)), spec);
	for (const candidate of [base, `${base}.js`, `${base}.json`, path.join(base, 'index.js')]) {
		if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return toPosix(path.relative(root, candidate));
	}
	return undefined;
}

/** `file:` icon references in a compiled file, resolved against the file's folder. */
function iconReferences(root, file, text) {
	const icons = [];
	for (const match of text.matchAll(/['"]file:([^'"]+)['"]/g)) {
		icons.push({ ref: match[1], file: toPosix(path.relative(root, path.resolve(path.dirname(path.join(root, file)), match[1]))) });
	}
	return icons;
}

/**
 * Every file a set of compiled entry files needs: relative requires followed to the end, the
 * codex `*.node.json` beside each node, and the icons. `problems` lists what a package could not
 * work without (a missing file, a non-literal require, a module other than the peer).
 */
function fileGraph(entries, root = ROOT) {
	const files = new Set();
	const problems = [];
	const queue = [...entries];
	while (queue.length > 0) {
		const file = queue.shift();
		if (files.has(file)) continue;
		if (!fs.existsSync(path.join(root, file))) {
			problems.push(`${file} is missing (run the build first?)`);
			continue;
		}
		files.add(file);
		if (!file.endsWith('.js')) continue;
		const codex = file.replace(/\.node\.js$/, '.node.json');
		if (codex !== file && fs.existsSync(path.join(root, codex))) files.add(codex);
		const text = fs.readFileSync(path.join(root, file), 'utf8');
		for (const match of text.matchAll(REQUIRE)) {
			const spec = match[2];
			if (spec === undefined) {
				problems.push(`${file}: a require() whose argument is not a string literal cannot be followed`);
			} else if (spec.startsWith('.')) {
				const resolved = resolveRelative(root, file, spec);
				if (resolved) queue.push(resolved);
				else problems.push(`${file}: require('${spec}') does not resolve`);
			} else if (!PEER_MODULES.has(spec)) {
				problems.push(`${file}: require('${spec}') is neither a file of the package nor the peer n8n-workflow`);
			}
		}
		for (const icon of iconReferences(root, file, text)) {
			if (fs.existsSync(path.join(root, icon.file))) files.add(icon.file);
			else problems.push(`${file}: icon file:${icon.ref} does not exist (${icon.file})`);
		}
	}
	return { files: [...files].sort(), problems };
}

/** Files of a vendor graph that belong to another vendor: a vendor package must not need them. */
function foreignFiles(vendor, vendors, files) {
	const others = vendors.filter((other) => other.folder !== vendor.folder);
	return files.filter((file) =>
		others.some((other) => file.startsWith(`${DIST}/nodes/${other.folder}/`) || other.credentials.includes(file)),
	);
}

/** The class a compiled node or credential file exports, instantiated (needs n8n-workflow). */
function loadDescription(file, root = ROOT) {
	const exported = require(path.join(root, file));
	for (const value of Object.values(exported)) {
		if (typeof value !== 'function') continue;
		const instance = new value();
		if (instance.description) return { kind: 'node', name: instance.description.name, displayName: instance.description.displayName, description: instance.description };
		if (instance.name && instance.properties) return { kind: 'credential', name: instance.name, displayName: instance.displayName };
	}
	throw new Error(`${file} exports no node or credential class`);
}

/** Which of the README headings a vendor README lacks (`## <heading>`, any level). */
function missingReadmeHeadings(text) {
	const headings = new Set([...text.matchAll(/^#{1,4}\s+(.+?)\s*$/gm)].map((match) => match[1].trim().toLowerCase()));
	return README_HEADINGS.filter((heading) => !headings.has(heading.toLowerCase()));
}

module.exports = {
	DIST,
	PEER_MODULES,
	README_HEADINGS,
	ROOT,
	VENDOR_NAMES,
	combinedManifestProblems,
	discoverVendors,
	fileGraph,
	foreignFiles,
	loadDescription,
	missingReadmeHeadings,
};
