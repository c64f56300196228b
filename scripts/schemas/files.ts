import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, type SchemaTarget } from './collect';
import { schemaText } from './infer';
import { summaryMarkdown } from './summary';

export const SUMMARY_FILE = 'docs/output-schemas.md';

/** Every file the generator writes (repository-relative path → text). */
export function plannedFiles(targets: SchemaTarget[]): Map<string, string> {
	const files = new Map<string, string>();
	for (const target of targets) if (target.schema) files.set(target.file, schemaText(target.schema));
	files.set(SUMMARY_FILE, summaryMarkdown(targets));
	return files;
}

/** The schema files in every `nodes/<Vendor>/__schema__` folder now. */
export function schemaFilesOnDisk(): string[] {
	const files: string[] = [];
	const walk = (folder: string) => {
		for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
			const full = path.join(folder, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.name.endsWith('.json')) files.push(path.relative(ROOT, full).split(path.sep).join('/'));
		}
	};
	for (const vendor of fs.readdirSync(path.join(ROOT, 'nodes'))) {
		const folder = path.join(ROOT, 'nodes', vendor, '__schema__');
		if (fs.existsSync(folder)) walk(folder);
	}
	return files.sort();
}
