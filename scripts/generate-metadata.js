#!/usr/bin/env node
'use strict';
/**
 * The last step of `npm run build`: writes dist/known/*.json and dist/types/*.json, the metadata
 * with which n8n loads this package lazily (see scripts/lib/metadata.js), and checks that they
 * describe exactly the `n8n` section of package.json. `node scripts/generate-metadata.js <dir>`
 * does the same for another built package folder.
 */
const path = require('node:path');
const { generateMetadata, metadataProblems, toolVariants } = require('./lib/metadata');
const { ROOT } = require('./lib/vendors');

const packageDir = path.resolve(process.argv[2] ?? ROOT);
const metadata = generateMetadata(packageDir);
const problems = metadataProblems(packageDir);
if (problems.length > 0) {
	console.error(`lazy-loading metadata of ${packageDir}:\n  ${problems.join('\n  ')}`);
	process.exit(1);
}
console.log(
	`lazy-loading metadata: ${metadata.nodeTypes.length} node descriptions, ${metadata.credentialTypes.length} credentials, ` +
		`tool variants n8n derives: ${toolVariants(metadata.nodeTypes).join(', ')}`,
);
