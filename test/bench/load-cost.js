'use strict';
/**
 * One measurement of the bench's load cost, in its own fresh Node process (no module cache to
 * flatter the second mode): `node load-cost.js <eager|lazy> <package folder>` prints JSON
 * `{ ms, descriptionBytes }`. n8n-workflow is loaded first, outside the timing, as in n8n.
 *   eager: what n8n does without metadata: require each file of the `n8n` section, instantiate
 *          its class and serialise its description;
 *   lazy:  what n8n does with metadata: read the four JSON files, then require each credential
 *          file (n8n's postProcessLoaders still instantiates every known credential at start).
 */
const fs = require('node:fs');
const { createRequire } = require('node:module');
const path = require('node:path');

const [mode, packageDir] = process.argv.slice(2);
// The copy the package's files will get (n8n's, through NODE_PATH), not the repo's beside this file.
createRequire(path.join(packageDir, 'package.json'))('n8n-workflow');
const manifest = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'));

function instantiate(file) {
	const className = path.basename(file).split('.')[0];
	return new (require(path.join(packageDir, file))[className])();
}

const started = process.hrtime.bigint();
let descriptionBytes = 0;
if (mode === 'eager') {
	for (const file of manifest.n8n.nodes) descriptionBytes += JSON.stringify(instantiate(file).description).length;
	for (const file of manifest.n8n.credentials) descriptionBytes += JSON.stringify(instantiate(file)).length;
} else if (mode === 'lazy') {
	const read = (file) => JSON.parse(fs.readFileSync(path.join(packageDir, file), 'utf8'));
	const known = read('dist/known/credentials.json');
	read('dist/known/nodes.json');
	read('dist/types/nodes.json');
	read('dist/types/credentials.json');
	for (const { sourcePath } of Object.values(known)) instantiate(sourcePath);
	for (const file of ['nodes', 'credentials']) descriptionBytes += fs.statSync(path.join(packageDir, 'dist', 'types', `${file}.json`)).size;
} else {
	throw new Error(`unknown mode ${mode}`);
}
const ms = Number(process.hrtime.bigint() - started) / 1e6;
process.stdout.write(JSON.stringify({ ms, descriptionBytes }));
