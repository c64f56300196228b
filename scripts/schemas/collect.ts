/**
 * Every output schema the package ships, found without per-vendor code: each node in
 * `nodes/<Vendor>/*.node.ts`, each operation of its Operation parameters (the shared
 * `defineOperation` keeps how it shapes answers) and each event of a trigger (`eventOption`
 * keeps the request it reads and the items it makes of an answer). The operation's collection
 * rows are found by method and path; their saved 2xx example responses go through the node's
 * own shaping (`shapeBody`, Simplify on, as by default) and one schema is inferred from the items.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IDataObject, INodeProperties, INodePropertyOptions, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { operationForOption, type Operation } from '../../nodes/shared/operations';
import { shapeBody } from '../../nodes/shared/output';
import { eventOutputOf, type EventOutput } from '../../nodes/shared/triggerOutput';
import { inferSchema, type JsonSchema } from './infer';

export const ROOT = path.resolve(__dirname, '..', '..');
const NODES = path.join(ROOT, 'nodes');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');

interface Row {
	vendor: string;
	folderPath: string[];
	name: string;
	method: string;
	path: string;
}

interface Example {
	folderPath: string[];
	name: string;
	request: { method: string };
	response: { status: number | null; body: unknown; bodyRaw: string | null };
}

export interface SchemaTarget {
	/** Folder under nodes/, e.g. `Outseta`: the vendor, and where n8n looks for `__schema__`. */
	vendor: string;
	/** The node type's name, e.g. `outseta`, `outsetaTrigger`. */
	node: string;
	nodeDisplayName: string;
	trigger: boolean;
	/** `1.0.0` for version 1, as n8n pads it in the schema URL and folder (`v1.0.0`). */
	version: string;
	/** Undefined for trigger events (n8n has no resource for them). */
	resource?: string;
	/** The operation's value, or the trigger event's. */
	operation: string;
	/** "Person › Get", "New Person", for people. */
	label: string;
	/** Repository-relative path of the schema file. */
	file: string;
	/** How the schema was derived; undefined with `missing`. */
	source?: string;
	/** Why there is no schema. */
	missing?: string;
	schema?: JsonSchema;
	/** The items the schema was inferred from (before merging targets that share a file). */
	items?: IDataObject[];
}

export function padVersion(version: number | string): string {
	return String(version).split('.').concat(['0', '0']).slice(0, 3).join('.');
}

/** The schema file of one operation (or event), as n8n's resolver builds it below the node's folder. */
export function schemaFile(vendor: string, version: string, resource: string | undefined, operation: string): string {
	return ['nodes', vendor, '__schema__', `v${version}`, ...(resource ? [resource] : []), `${operation}.json`].join('/');
}

export function normalizePath(template: string): string {
	const normal = template.replace(/\{[^}]*\}/g, '{}').replace(/\/+$/, '');
	return normal || '/';
}

function readJson<T>(file: string, fallback: T): T {
	return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as T) : fallback;
}

/** Every node type of the package, with the folder it lives in. */
export function discoverNodes(): Array<{ vendor: string; type: INodeType }> {
	const found: Array<{ vendor: string; type: INodeType }> = [];
	for (const vendor of fs.readdirSync(NODES).sort()) {
		const folder = path.join(NODES, vendor);
		if (vendor === 'shared' || !fs.statSync(folder).isDirectory()) continue;
		for (const file of fs.readdirSync(folder).filter((name) => name.endsWith('.node.ts')).sort()) {
			// As n8n loads them: the class named like the file.
			const NodeClass = (require(path.join(folder, file)) as Record<string, unknown>)[file.replace(/\.node\.ts$/, '')];
			if (typeof NodeClass !== 'function') continue;
			found.push({ vendor, type: new (NodeClass as new () => INodeType)() });
		}
	}
	return found;
}

/** Each version a node serves, with its description (plain and versioned node types). */
function versionsOf(type: INodeType): Array<{ version: number; description: INodeTypeDescription }> {
	const versioned = (type as unknown as { nodeVersions?: Record<number, INodeType> }).nodeVersions;
	if (versioned) {
		return Object.entries(versioned).map(([version, node]) => ({ version: Number(version), description: node.description }));
	}
	const versions = Array.isArray(type.description.version) ? type.description.version : [type.description.version];
	return versions.map((version) => ({ version, description: type.description }));
}

function optionsOf(property: INodeProperties): INodePropertyOptions[] {
	return (property.options ?? []).filter((option): option is INodePropertyOptions => 'value' in option);
}

/**
 * Saved examples that answer another request than the one they are saved under, by vendor and
 * request name: they would describe fields the operation never returns.
 */
const MISMATCHED_EXAMPLES: Record<string, string> = {
	'ytel|Get Carrier Lookup logs': 'its saved example is a call-recording log record, not a carrier lookup',
};

/** The vendor's collection: its rows, and the saved examples of each row. */
class Collection {
	readonly rows: Row[];
	private readonly examples: Example[];

	constructor(vendor: string) {
		const key = vendor.toLowerCase();
		this.rows = readJson<Row[]>(path.join(FIXTURES, 'endpoints.json'), []).filter((row) => row.vendor.toLowerCase() === key);
		this.examples = readJson<Example[]>(path.join(FIXTURES, key, 'examples.json'), []);
	}

	/** Why this row's examples are not used, when they answer another request. */
	mismatched(row: Row): string | undefined {
		return MISMATCHED_EXAMPLES[`${row.vendor.toLowerCase()}|${row.name}`];
	}

	rowsFor(method: string, paths: string[]): Row[] {
		const wanted = new Set(paths.map(normalizePath));
		return this.rows.filter((row) => row.method === method && wanted.has(normalizePath(row.path)));
	}

	/** The parsed bodies of a row's saved successful answers (2xx, or no status saved). */
	successBodies(row: Row): Array<{ body: unknown; note?: string }> {
		if (this.mismatched(row)) return [];
		const same = (a: string[], b: string[]) => a.length === b.length && a.every((part, index) => part === b[index]);
		return this.examples
			.filter((example) => example.name === row.name && example.request.method === row.method && same(example.folderPath, row.folderPath))
			.filter((example) => example.response.status === null || (example.response.status >= 200 && example.response.status < 300))
			.map((example) => parseBody(example.response.body, example.response.bodyRaw))
			.filter((parsed): parsed is { body: unknown; note?: string } => parsed !== undefined);
	}
}

/**
 * A saved body: the parsed one, an empty answer, or raw text parsed here; raw text cut short
 * (unclosed brackets at the end) is closed. Undefined when it cannot be read.
 */
export function parseBody(body: unknown, raw: string | null): { body: unknown; note?: string } | undefined {
	if (body !== null && body !== undefined) return { body };
	if (raw === null || raw.trim() === '') return { body: undefined };
	try {
		return { body: JSON.parse(raw) };
	} catch {
		const closed = closeBrackets(raw);
		if (closed === undefined) return undefined;
		try {
			return { body: JSON.parse(closed), note: 'saved example cut short; its brackets closed' };
		} catch {
			return undefined;
		}
	}
}

function closeBrackets(text: string): string | undefined {
	const open: string[] = [];
	let inString = false;
	for (let index = 0; index < text.length; index++) {
		const char = text[index];
		if (inString) {
			if (char === '\\') index++;
			else if (char === '"') inString = false;
		} else if (char === '"') inString = true;
		else if (char === '{' || char === '[') open.push(char === '{' ? '}' : ']');
		else if (char === '}' || char === ']') {
			if (open.pop() !== char) return undefined;
		}
	}
	if (inString || !open.length) return undefined;
	return text.trimEnd().replace(/,$/, '') + open.reverse().join('');
}

function pathsOf(operation: Operation): string[] {
	const spec = operation.spec.path;
	const prefix = operation.api.collectionPathPrefix ?? '';
	return (typeof spec === 'string' ? [spec] : Object.values(spec.paths)).map((path) => `${prefix}${path}`);
}

/** The items for one request's example answers, and how they were found. */
function itemsFromExamples(
	collection: Collection,
	method: string,
	paths: string[],
	shape: (body: unknown) => IDataObject[],
): { items: IDataObject[]; rows: Row[]; examples: number; notes: string[] } {
	const rows = collection.rowsFor(method, paths);
	const items: IDataObject[] = [];
	const notes: string[] = [];
	let examples = 0;
	for (const row of rows) {
		for (const { body, note } of collection.successBodies(row)) {
			examples++;
			if (note) notes.push(`${row.name}: ${note}`);
			items.push(...shape(body));
		}
	}
	return { items, rows, examples, notes };
}

function describeSource(rows: Row[], examples: number, notes: string[]): string {
	const names = [...new Set(rows.map((row) => row.name))].join('; ');
	return `${examples} saved example${examples === 1 ? '' : 's'} (${names})${notes.length ? ` [${notes.join('; ')}]` : ''}`;
}

function operationTarget(base: Omit<SchemaTarget, 'file'>, collection: Collection, operation: Operation): SchemaTarget {
	const target: SchemaTarget = { ...base, file: schemaFile(base.vendor, base.version, base.resource, base.operation) };
	const shape = (body: unknown) => shapeBody(operation.output, body, { simplify: true });
	const paths = pathsOf(operation);
	const found = itemsFromExamples(collection, operation.spec.method, paths, shape);
	if (found.items.length) {
		return { ...target, items: found.items, source: describeSource(found.rows, found.examples, found.notes) };
	}
	if (operation.output.kind === 'deleted') {
		return { ...target, items: shape(undefined), source: 'Delete: the node outputs {deleted: true}' };
	}
	if (operation.output.kind === 'record' && operation.api.answersWithoutExample === 'empty') {
		return { ...target, items: shape(''), source: `${operation.api.service} documents an empty answer: {success: true}` };
	}
	const request = `${operation.spec.method} ${paths.join(' | ')}`;
	if (!found.rows.length) return { ...target, missing: `no collection request matches ${request}` };
	const mismatched = found.rows.map((row) => collection.mismatched(row)).find(Boolean);
	if (!found.examples && mismatched) return { ...target, missing: mismatched };
	if (!found.examples) return { ...target, missing: 'the collection saved no example response' };
	return { ...target, missing: 'the saved examples hold no records' };
}

function eventTarget(base: Omit<SchemaTarget, 'file'>, collection: Collection, output: EventOutput): SchemaTarget {
	const target: SchemaTarget = { ...base, file: schemaFile(base.vendor, base.version, undefined, base.operation) };
	const found = itemsFromExamples(collection, output.method, [output.path], output.items);
	if (found.items.length) return { ...target, items: found.items, source: describeSource(found.rows, found.examples, found.notes) };
	if (!found.rows.length) return { ...target, missing: `no collection request matches ${output.method} ${output.path}` };
	if (!found.examples) return { ...target, missing: 'the collection saved no example response' };
	return { ...target, missing: 'the saved examples hold no records' };
}

/** Every operation of every action node and every event of every trigger, with its schema or why none. */
export function collectTargets(): SchemaTarget[] {
	const collections = new Map<string, Collection>();
	const targets: SchemaTarget[] = [];
	for (const { vendor, type } of discoverNodes()) {
		if (!collections.has(vendor)) collections.set(vendor, new Collection(vendor));
		const collection = collections.get(vendor)!;
		for (const { version, description } of versionsOf(type)) {
			const trigger = description.group.includes('trigger');
			const common = { vendor, node: description.name, nodeDisplayName: description.displayName, trigger, version: padVersion(version) };
			const resources = new Map(
				description.properties
					.filter((property) => property.name === 'resource')
					.flatMap(optionsOf)
					.map((option) => [String(option.value), option.name]),
			);
			for (const property of description.properties) {
				if (property.type !== 'options') continue;
				if (!trigger && property.name === 'operation') {
					const shownFor = (property.displayOptions?.show?.resource as string[] | undefined) ?? [undefined];
					for (const resource of shownFor) {
						for (const option of optionsOf(property)) {
							const label = `${resource ? `${resources.get(resource) ?? resource} › ` : ''}${option.name}`;
							const base = { ...common, resource, operation: String(option.value), label };
							const operation = operationForOption(option);
							targets.push(
								operation
									? operationTarget(base, collection, operation)
									: { ...base, file: schemaFile(vendor, base.version, resource, base.operation), missing: 'not built with defineOperation' },
							);
						}
					}
				}
				if (trigger && property.name === 'event') {
					for (const option of optionsOf(property)) {
						const base = { ...common, operation: String(option.value), label: option.name };
						const output = eventOutputOf(option);
						targets.push(
							output
								? eventTarget(base, collection, output)
								: { ...base, file: schemaFile(vendor, base.version, undefined, base.operation), missing: 'the event does not say what it emits (eventOption)' },
						);
					}
				}
			}
		}
	}
	return mergeSharedFiles(targets);
}

/**
 * One schema per target; nodes in one folder share n8n's `__schema__` folder, so targets that
 * land on the same file get one schema inferred from all their items.
 */
function mergeSharedFiles(targets: SchemaTarget[]): SchemaTarget[] {
	const byFile = new Map<string, SchemaTarget[]>();
	for (const target of targets) byFile.set(target.file, [...(byFile.get(target.file) ?? []), target]);
	for (const group of byFile.values()) {
		const withItems = group.filter((target) => target.items?.length);
		if (!withItems.length) continue;
		const schema = inferSchema(withItems.flatMap((target) => target.items!));
		const shared = withItems.length > 1 ? ` (file shared with ${withItems.map((target) => target.node).join(', ')})` : '';
		for (const target of withItems) {
			target.schema = schema;
			target.source = `${target.source}${shared}`;
		}
	}
	return targets;
}
