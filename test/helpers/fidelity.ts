/**
 * Fidelity by value: what a simulator served compared with what the vendor's saved example
 * shows. Every key of the example must be served, with the same JSON type (`null` where the
 * example holds `null`), and nothing the example does not show. Arrays are compared element by
 * element against the example's elements (the first one when the served array is longer).
 */

export type JsonType = 'null' | 'string' | 'number' | 'boolean' | 'array' | 'object';

export function jsonType(value: unknown): JsonType {
	if (value === null || value === undefined) return 'null';
	if (Array.isArray(value)) return 'array';
	return typeof value as JsonType;
}

export interface ShapeOptions {
	/** Paths (as reported, e.g. `items[].Created`) whose value may differ in type, with the reason. */
	allow?: Record<string, string>;
	/** Skip the "no key the example does not show" rule below these paths. */
	openObjects?: string[];
}

/** The differences between an example and a served body, as readable lines; empty when faithful. */
export function shapeDifferences(example: unknown, served: unknown, path = '', options: ShapeOptions = {}): string[] {
	const where = path || '(body)';
	if (options.allow && path in options.allow) return [];
	const expectedType = jsonType(example);
	const servedType = jsonType(served);
	if (expectedType !== servedType) return [`${where}: the example holds ${expectedType}, the simulator served ${servedType}`];
	if (expectedType === 'array') {
		const expected = example as unknown[];
		const actual = served as unknown[];
		if (!expected.length) return [];
		return actual.flatMap((element, index) =>
			shapeDifferences(expected[Math.min(index, expected.length - 1)], element, `${path}[]`, options),
		);
	}
	if (expectedType !== 'object') return [];
	const expected = example as Record<string, unknown>;
	const actual = served as Record<string, unknown>;
	const differences: string[] = [];
	for (const key of Object.keys(expected)) {
		const child = path ? `${path}.${key}` : key;
		if (!(key in actual)) differences.push(`${child}: missing (the example shows it)`);
		else differences.push(...shapeDifferences(expected[key], actual[key], child, options));
	}
	if (!options.openObjects?.includes(path)) {
		for (const key of Object.keys(actual)) {
			if (!(key in expected)) differences.push(`${path ? `${path}.` : ''}${key}: served, but no example shows it`);
		}
	}
	return differences;
}
