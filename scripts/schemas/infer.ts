/**
 * A JSON Schema (draft-07) from sample values: each field with the types its samples show;
 * object properties are the union over the samples, arrays get the merged schema of all their
 * elements, ISO-8601 date-times get `format: date-time`; numbers are `number` (a sample's
 * integers prove nothing about the next answer).
 *
 * Examples are samples, not contracts: a collection shows one record where live answers (and
 * the simulators) hold null in any field that was never set, and nested records vary with what
 * the request expands. So every field may be null (a value null in every sample has no type at
 * all), and only an item's own top-level fields are required: those present in every sample, when
 * at least two samples agree (one record cannot tell a field that is always there from one its
 * record happened to have set, e.g. a contact's `rmkeys` or a campaign's `lastUsed`).
 * Objects and arrays say so with `nullable: true` (OpenAPI's keyword, which ajv reads) rather
 * than a type list, because n8n's editor lists the fields of an object only when its `type` is
 * the plain string "object".
 */

export type JsonSchema = { [key: string]: unknown };

export const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

/**
 * ISO-8601 date and time, `T`-separated, zone optional (Outseta's timestamps carry none and are
 * UTC). A space-separated `YYYY-MM-DD hh:mm:ss` is not ISO and stays a plain string.
 */
export const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** How many samples must show a field before it is required. */
const MIN_SAMPLES_FOR_REQUIRED = 2;

type JsonType = 'object' | 'array' | 'string' | 'number' | 'boolean';

/** The order types are listed in; n8n's editor shows the first one. */
const TYPE_ORDER: JsonType[] = ['object', 'array', 'string', 'number', 'boolean'];

interface Property {
	present: number;
	shape: Shape;
}

class Shape {
	nulls = 0;
	types = new Set<JsonType>();
	allDateTimes = true;
	objects = 0;
	properties = new Map<string, Property>();
	items?: Shape;

	add(value: unknown): void {
		if (value === null) {
			this.nulls++;
		} else if (Array.isArray(value)) {
			this.types.add('array');
			this.items ??= new Shape();
			for (const element of value) if (element !== undefined) this.items.add(element);
		} else if (typeof value === 'object') {
			this.types.add('object');
			this.objects++;
			for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
				if (child === undefined) continue;
				let property = this.properties.get(key);
				if (!property) this.properties.set(key, (property = { present: 0, shape: new Shape() }));
				property.present++;
				property.shape.add(child);
			}
		} else if (typeof value === 'string') {
			this.types.add('string');
			if (!ISO_DATE_TIME.test(value)) this.allDateTimes = false;
		} else if (typeof value === 'number' || typeof value === 'bigint') {
			this.types.add('number');
		} else if (typeof value === 'boolean') {
			this.types.add('boolean');
		}
	}

	/** True when nothing but nulls (or nothing at all) was seen. */
	get unknown(): boolean {
		return this.types.size === 0;
	}

	schema(topLevel = false): JsonSchema {
		if (this.unknown) return {};
		const types: string[] = TYPE_ORDER.filter((type) => this.types.has(type));
		const container = types.length === 1 && (types[0] === 'object' || types[0] === 'array');
		const schema: JsonSchema = container ? { type: types[0] } : { type: [...types, 'null'] };
		if (container && !topLevel) schema.nullable = true;
		if (this.types.has('object')) {
			const keys = [...this.properties.keys()].sort();
			schema.properties = Object.fromEntries(keys.map((key) => [key, this.properties.get(key)!.shape.schema()]));
			const required = keys.filter((key) => this.properties.get(key)!.present === this.objects);
			if (topLevel && this.objects >= MIN_SAMPLES_FOR_REQUIRED && required.length) schema.required = required;
		}
		if (this.types.has('array') && this.items && (this.items.types.size > 0 || this.items.nulls > 0)) {
			schema.items = this.items.schema();
		}
		if (types.length === 1 && types[0] === 'string' && this.allDateTimes) schema.format = 'date-time';
		return schema;
	}
}

/** One schema for every sample (e.g. every item an operation emits across all examples). */
export function inferSchema(samples: unknown[]): JsonSchema {
	const shape = new Shape();
	for (const sample of samples) shape.add(sample);
	return { $schema: DRAFT_07, ...shape.schema(true) };
}

/** A schema's text: keys sorted at every level, tabs, a final newline (stable diffs). */
export function schemaText(schema: unknown): string {
	return `${JSON.stringify(sortKeys(schema), null, '\t')}\n`;
}

function sortKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.keys(value as Record<string, unknown>)
				.sort()
				.map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
		);
	}
	return value;
}
