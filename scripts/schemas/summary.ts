import type { SchemaTarget } from './collect';

interface Count {
	withSchema: number;
	total: number;
}

export interface VendorCount extends Count {
	vendor: string;
	operations: Count;
	events: Count;
}

export function vendorCounts(targets: SchemaTarget[]): VendorCount[] {
	const vendors = [...new Set(targets.map((target) => target.vendor))].sort();
	const count = (list: SchemaTarget[]): Count => ({ withSchema: list.filter((target) => target.schema).length, total: list.length });
	return vendors.map((vendor) => {
		const mine = targets.filter((target) => target.vendor === vendor);
		return {
			vendor,
			...count(mine),
			operations: count(mine.filter((target) => !target.trigger)),
			events: count(mine.filter((target) => target.trigger)),
		};
	});
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The README section: what ships, the counts, and every operation without a schema and why. */
export function summaryMarkdown(targets: SchemaTarget[]): string {
	const lines = [
		'## Output schemas',
		'',
		'Each operation ships a JSON Schema of what it outputs with its default settings (Simplify on; Get Many: one',
		'item; Delete: `{deleted: true}`; an empty answer: `{success: true}`), so n8n 2.x lists its fields in the next',
		"node's input panel, ready to map, before the node has run once. `npm run schemas` writes them to",
		'`nodes/<Vendor>/__schema__/v<version>/<resource>/<operation>.json` from the collections\' saved example',
		"responses, passed through the node's own output shaping; the build copies them into `dist`. Trigger events",
		'get theirs at `__schema__/v<version>/<event>.json`, for tools (n8n 2.40\'s editor previews no trigger).',
		'',
		'Examples show one record, so the schemas promise types, not presence: any field may be null (a field null in',
		'every example has no type), only top-level fields present in every example are required, objects and arrays',
		'say `nullable: true` (OpenAPI\'s keyword, read by ajv; the editor opens an object only when its type is the',
		'plain "object"), and `date-time` marks ISO-8601 timestamps (Outseta\'s carry no zone and are UTC).',
		'',
		'| Vendor | With a schema | Operations | Trigger events |',
		'| --- | --- | --- | --- |',
		...vendorCounts(targets).map(
			(count) =>
				`| ${count.vendor} | ${count.withSchema}/${count.total} | ${count.operations.withSchema}/${count.operations.total} | ${count.events.withSchema}/${count.events.total} |`,
		),
		'',
	];
	const missing = targets.filter((target) => !target.schema);
	lines.push('### Operations without a schema', '');
	if (!missing.length) lines.push('None.', '');
	else {
		lines.push('| Node | Operation | Why |', '| --- | --- | --- |');
		for (const target of missing) lines.push(`| ${target.nodeDisplayName} | ${cell(target.label)} | ${cell(target.missing ?? '')} |`);
		lines.push('');
	}
	const derived = targets.filter((target) => target.schema && !/saved example/.test(target.source ?? ''));
	if (derived.length) {
		lines.push('### Schemas not taken from an example', '', '| Node | Operation | From |', '| --- | --- | --- |');
		for (const target of derived) lines.push(`| ${target.nodeDisplayName} | ${cell(target.label)} | ${cell(target.source ?? '')} |`);
		lines.push('');
	}
	return `${lines.join('\n')}`;
}
