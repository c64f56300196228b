/**
 * Prints the size of every node's description as n8n serves it (JSON text, in bytes), for the
 * node classes package.json's n8n section lists, loaded from their TypeScript sources:
 *   npx ts-node --transpile-only --prefer-ts-exts --project tsconfig.test.json scripts/description-sizes.ts [--json]
 */
import * as path from 'node:path';
import type { INodeType } from 'n8n-workflow';

const ROOT = path.resolve(__dirname, '..');

export function descriptionSizes(): Array<{ node: string; bytes: number }> {
	const manifest = require(path.join(ROOT, 'package.json')) as { n8n: { nodes: string[] } };
	return manifest.n8n.nodes.map((built) => {
		const source = path.join(ROOT, built.replace(/^dist\//, '').replace(/\.js$/, '.ts'));
		const className = path.basename(source).replace(/\.node\.ts$/, '');
		const NodeClass = (require(source) as Record<string, new () => INodeType>)[className];
		return { node: className, bytes: Buffer.byteLength(JSON.stringify(new NodeClass().description)) };
	});
}

if (require.main === module) {
	const sizes = descriptionSizes();
	if (process.argv.includes('--json')) {
		console.log(JSON.stringify(Object.fromEntries(sizes.map(({ node, bytes }) => [node, bytes]))));
	} else {
		for (const { node, bytes } of sizes) console.log(`${node.padEnd(20)} ${String(bytes).padStart(8)} bytes  ${(bytes / 1024).toFixed(1)} KB`);
	}
}
