/**
 * Prints the size of every node's description as n8n serves it (JSON text, in bytes), for the
 * node classes package.json's n8n section lists, loaded from their TypeScript sources:
 *   npx ts-node --transpile-only --prefer-ts-exts --project tsconfig.test.json scripts/description-sizes.ts [--json]
 */
import * as path from 'node:path';
import type { INodeType } from 'n8n-workflow';

const ROOT = path.resolve(__dirname, '..');

/** Every node of the package (package.json's n8n section), built from its source. */
export function packageNodeTypes(): Array<{ name: string; type: INodeType }> {
	const manifest = require(path.join(ROOT, 'package.json')) as { n8n: { nodes: string[] } };
	return manifest.n8n.nodes.map((built) => {
		const source = path.join(ROOT, built.replace(/^dist\//, '').replace(/\.js$/, '.ts'));
		const name = path.basename(source).replace(/\.node\.ts$/, '');
		const NodeClass = (require(source) as Record<string, new () => INodeType>)[name];
		return { name, type: new NodeClass() };
	});
}

if (require.main === module) {
	const sizes = packageNodeTypes().map(({ name, type }) => ({ name, bytes: Buffer.byteLength(JSON.stringify(type.description)) }));
	if (process.argv.includes('--json')) {
		console.log(JSON.stringify(Object.fromEntries(sizes.map(({ name, bytes }) => [name, bytes]))));
	} else {
		for (const { name, bytes } of sizes) console.log(`${name.padEnd(20)} ${String(bytes).padStart(8)} bytes  ${(bytes / 1024).toFixed(1)} KB`);
	}
}
