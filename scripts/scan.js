#!/usr/bin/env node
'use strict';
/**
 * `npm run scan` (after the build): n8n's own package scanner, `@n8n/scan-community-package`,
 * run offline over every package this repo ships, in two legs each:
 *   - source: the package's source tree with the scanner's SOURCE_FILE_PATTERNS (package.json,
 *     nodes/ and credentials/ sources), as n8n lints the source a package was published from;
 *   - tarball: the packed package, extracted, with the scanner's default patterns (every .js,
 *     .ts and .json file: stricter than n8n's own tarball leg, which reads .js and package.json).
 * Packages: the combined package (source = the repo root) and each vendor package from
 * `npm run pack:vendors` (source = its package.json plus the TypeScript sources of its files).
 *
 * The verdict of each leg is the scanner's `analyzePackage`; the file:line list comes from the
 * same ESLint config (`buildScanConfig`) over the same files, so warnings show too.
 * Exits non-zero on any error. `--skip-vendors` scans the combined package only.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { createRequire } = require('node:module');
const { pathToFileURL } = require('node:url');
const { execFileSync } = require('node:child_process');
const { packCombined, packVendors } = require('./lib/packages');
const { ROOT } = require('./lib/vendors');

const SCANNER = '@n8n/scan-community-package';
const TARBALL_PATTERNS = ['**/*.js', '**/*.ts', '**/*.json'];

function scannerEntry() {
	const dirs = [ROOT, process.env.N8N_SCANNER_DIR].filter(Boolean);
	for (const dir of dirs) {
		try {
			return require.resolve(`${SCANNER}/scanner/scanner.mjs`, { paths: [dir] });
		} catch {
			// try the next place
		}
	}
	console.error(`${SCANNER} is not installed: run \`npm ci\` (it is a devDependency).`);
	process.exit(2);
}

async function loadScanner() {
	const entry = scannerEntry();
	const scanner = await import(pathToFileURL(entry).href);
	// ESLint and fast-glob as the scanner itself resolves them, so both runs see the same rules.
	const scannerRequire = createRequire(entry);
	const { ESLint } = scannerRequire('eslint');
	const glob = scannerRequire('fast-glob');
	const version = JSON.parse(fs.readFileSync(path.join(path.dirname(entry), '..', 'package.json'), 'utf8')).version;
	return { ...scanner, ESLint, glob, version };
}

/** One leg: the scanner's verdict plus every message with file:line. */
async function scanLeg(scanner, dir, patterns, label) {
	const verdict = await scanner.analyzePackage(dir, patterns);
	const eslint = new scanner.ESLint({
		cwd: dir,
		allowInlineConfig: false,
		overrideConfigFile: true,
		overrideConfig: await scanner.buildScanConfig(),
	});
	const files = scanner.glob.sync(patterns, { cwd: dir, absolute: true, ignore: ['node_modules/**', '**/package-lock.json'] });
	const results = files.length > 0 ? await eslint.lintFiles(files) : [];
	const messages = results.flatMap((result) =>
		result.messages.map((message) => ({
			where: `${path.relative(dir, result.filePath)}:${message.line ?? 0}:${message.column ?? 0}`,
			severity: message.severity === 2 ? 'error' : 'warning',
			rule: message.ruleId ?? 'parse',
			text: message.message,
		})),
	);
	const errors = messages.filter((message) => message.severity === 'error').length;
	const warnings = messages.length - errors;
	// Our listing must agree with the scanner's own verdict; if it does not, trust the scanner.
	const passed = verdict.passed && errors === 0;
	console.log(`${passed ? 'PASS' : 'FAIL'}  ${label}: ${files.length} files, ${errors} errors, ${warnings} warnings`);
	for (const message of messages) console.log(`      ${message.severity.padEnd(7)} ${message.where}  ${message.text}  (${message.rule})`);
	if (!verdict.passed && errors === 0) console.log(`      scanner: ${verdict.message}\n${verdict.details ?? ''}`);
	if (files.length === 0) console.log('      no files to scan');
	return { label, files: files.length, errors: passed ? 0 : Math.max(errors, 1), warnings, passed: passed && files.length > 0 };
}

function extract(tarball, into) {
	fs.rmSync(into, { recursive: true, force: true });
	fs.mkdirSync(into, { recursive: true });
	execFileSync('tar', ['-xzf', tarball, '-C', into, '--strip-components=1']);
	return into;
}

async function main() {
	const skipVendors = process.argv.includes('--skip-vendors');
	if (!fs.existsSync(path.join(ROOT, 'dist'))) {
		console.error('dist/ is missing: run `npm run build` first (`npm run scan` does).');
		process.exit(2);
	}
	const scanner = await loadScanner();
	console.log(`${SCANNER} ${scanner.version}, offline (analyzePackage)`);
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-scan-'));
	const legs = [];
	const problems = [];
	try {
		const combined = packCombined(work);
		problems.push(...combined.problems);
		console.log(`\n${combined.name}@${combined.version} (${combined.fileCount} files in the tarball)`);
		legs.push(await scanLeg(scanner, ROOT, scanner.SOURCE_FILE_PATTERNS, `${combined.name} source`));
		legs.push(await scanLeg(scanner, extract(combined.tarball, path.join(work, combined.name)), TARBALL_PATTERNS, `${combined.name} tarball`));

		if (!skipVendors) {
			const packed = packVendors();
			problems.push(...packed.problems);
			for (const result of packed.results.filter((result) => result.tarball)) {
				console.log(`\n${result.name}@${result.version} (${result.fileCount} files in the tarball)`);
				legs.push(await scanLeg(scanner, result.source, scanner.SOURCE_FILE_PATTERNS, `${result.name} source`));
				legs.push(await scanLeg(scanner, extract(result.tarball, path.join(work, result.name)), TARBALL_PATTERNS, `${result.name} tarball`));
			}
		}
	} finally {
		fs.rmSync(work, { recursive: true, force: true });
	}
	const errors = legs.reduce((sum, leg) => sum + leg.errors, 0);
	const warnings = legs.reduce((sum, leg) => sum + leg.warnings, 0);
	for (const problem of problems) console.log(`FAIL  ${problem}`);
	console.log(`\nscan: ${legs.length} legs, ${errors} errors, ${warnings} warnings${problems.length ? `, ${problems.length} packaging problems` : ''}`);
	if (errors > 0 || problems.length > 0 || legs.some((leg) => !leg.passed)) process.exit(1);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
