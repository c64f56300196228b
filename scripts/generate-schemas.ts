/**
 * `npm run schemas`: writes the output schema of every operation and trigger event to
 * `nodes/<Vendor>/__schema__/v<version>/[<resource>/]<operation>.json` (a file is written only
 * when its text changed; files no operation makes any more are removed), and the summary with
 * the operations that have none to docs/output-schemas.md. `--check` writes nothing and exits 1
 * when a file is not up to date.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { collectTargets, ROOT, type SchemaTarget } from './schemas/collect';
import { plannedFiles, schemaFilesOnDisk } from './schemas/files';
import { vendorCounts } from './schemas/summary';

const check = process.argv.includes('--check');

function removeEmptyFolders(folder: string): void {
	if (!fs.existsSync(folder)) return;
	for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
		if (entry.isDirectory()) removeEmptyFolders(path.join(folder, entry.name));
	}
	if (!fs.readdirSync(folder).length) fs.rmdirSync(folder);
}

function main(): void {
	const targets = collectTargets();
	const wanted = plannedFiles(targets);

	const changed: string[] = [];
	for (const [file, text] of wanted) {
		const full = path.join(ROOT, file);
		if (fs.existsSync(full) && fs.readFileSync(full, 'utf8') === text) continue;
		changed.push(file);
		if (check) continue;
		fs.mkdirSync(path.dirname(full), { recursive: true });
		fs.writeFileSync(full, text);
	}
	const stale = schemaFilesOnDisk().filter((file) => !wanted.has(file));
	for (const file of stale) {
		if (!check) fs.rmSync(path.join(ROOT, file));
	}
	if (!check) {
		for (const vendor of fs.readdirSync(path.join(ROOT, 'nodes'))) removeEmptyFolders(path.join(ROOT, 'nodes', vendor, '__schema__'));
	}

	report(targets);
	const verb = check ? 'out of date' : 'written';
	console.log(`${changed.length} file(s) ${verb}${changed.length ? `:\n  ${changed.join('\n  ')}` : ''}`);
	console.log(`${stale.length} stale file(s) ${check ? 'to remove' : 'removed'}${stale.length ? `:\n  ${stale.join('\n  ')}` : ''}`);
	if (check && (changed.length || stale.length)) {
		console.error('Output schemas are not up to date: run `npm run schemas`.');
		process.exitCode = 1;
	}
}

function report(targets: SchemaTarget[]): void {
	for (const count of vendorCounts(targets)) {
		console.log(
			`${count.vendor}: ${count.withSchema}/${count.total} with a schema ` +
				`(operations ${count.operations.withSchema}/${count.operations.total}, trigger events ${count.events.withSchema}/${count.events.total})`,
		);
	}
}

main();
