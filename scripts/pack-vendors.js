#!/usr/bin/env node
'use strict';
/**
 * `npm run pack:vendors`: one npm package per vendor folder in `dist-packages/` (after the build),
 * e.g. `n8n-nodes-outseta-<version>.tgz`. Prints each tarball's size and file count and the node
 * types it registers; exits non-zero when a package would be incomplete or would ship another
 * vendor's files. `--only outseta,xonvo` packs some of them.
 */
const path = require('node:path');
const { OUT_DIR, packVendors } = require('./lib/packages');
const { ROOT } = require('./lib/vendors');

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function main() {
	const onlyIndex = process.argv.indexOf('--only');
	const only = onlyIndex >= 0 ? process.argv[onlyIndex + 1].split(',') : undefined;
	const { results, problems } = packVendors({ only });
	for (const result of results) {
		if (!result.tarball) continue;
		console.log(
			`${path.relative(ROOT, result.tarball)}: ${kb(result.size)} packed, ${kb(result.unpackedSize)} unpacked, ${result.fileCount} files; ` +
				`nodes ${result.nodeTypes.join(', ')}; credentials ${result.credentialTypes.join(', ')}`,
		);
	}
	if (problems.length > 0) {
		console.error(`\n${problems.length} problem(s):`);
		for (const problem of problems) console.error(`  ${problem}`);
		process.exit(1);
	}
	console.log(`${results.length} vendor package(s) in ${path.relative(ROOT, OUT_DIR)}/`);
}

main();
