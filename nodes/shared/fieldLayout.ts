import type { INodeProperties } from 'n8n-workflow';

/** The fields of one operation of a resource, in the order its form shows them. */
export interface OperationFields {
	resource: string;
	operation: string;
	properties: INodeProperties[];
}

/** One property of a laid-out description and where it shows: each resource listed × each operation listed. */
export interface LayoutSlot {
	property: INodeProperties;
	resources: string[];
	operations: string[];
}

/**
 * A canonical text for a value, equal for deep-equal values: object keys sorted, `undefined`
 * kept (a key set to undefined is not a missing key), functions and other non-plain objects by
 * reference (a routing closure made per call is never equal to another).
 */
export function identityOf(value: unknown, references: Map<unknown, number>): string {
	if (value === undefined) return 'u';
	if (typeof value === 'function' || typeof value === 'symbol') return `r${referenceId(value, references)}`;
	if (value === null || typeof value !== 'object') return JSON.stringify(value);
	if (Array.isArray(value)) return `[${value.map((item) => identityOf(item, references)).join(',')}]`;
	const prototype = Object.getPrototypeOf(value);
	if (prototype !== Object.prototype && prototype !== null) return `r${referenceId(value, references)}`;
	const record = value as Record<string, unknown>;
	const keys = Object.keys(record).sort();
	return `{${keys.map((key) => `${JSON.stringify(key)}:${identityOf(record[key], references)}`).join(',')}}`;
}

function referenceId(value: unknown, references: Map<unknown, number>): number {
	if (!references.has(value)) references.set(value, references.size);
	return references.get(value)!;
}

/** One field of one operation, and the group (future property) it belongs to. */
interface Copy {
	property: INodeProperties;
	resource: string;
	operation: string;
	/** Position in the description built with one property per operation and field. */
	position: number;
	key: string;
	group: number;
}

/** Groups of copies with the "shown before" edges the operations' orders impose. */
class OrderGraph {
	private readonly next = new Map<number, Set<number>>();
	private readonly previous = new Map<number, Set<number>>();

	constructor(groups: number[]) {
		for (const group of groups) {
			this.next.set(group, new Set());
			this.previous.set(group, new Set());
		}
	}

	addEdge(from: number, to: number): void {
		this.next.get(from)!.add(to);
		this.previous.get(to)!.add(from);
	}

	reaches(from: number, to: number): boolean {
		const seen = new Set([from]);
		const pending = [from];
		while (pending.length) {
			for (const group of this.next.get(pending.pop()!)!) {
				if (group === to) return true;
				if (!seen.has(group)) {
					seen.add(group);
					pending.push(group);
				}
			}
		}
		return false;
	}

	/** Group `absorbed` becomes part of `kept`: its edges move over. */
	merge(kept: number, absorbed: number): void {
		for (const group of this.next.get(absorbed)!) {
			this.previous.get(group)!.delete(absorbed);
			this.addEdge(kept, group);
		}
		for (const group of this.previous.get(absorbed)!) {
			this.next.get(group)!.delete(absorbed);
			this.addEdge(group, kept);
		}
		this.next.delete(absorbed);
		this.previous.delete(absorbed);
	}

	/** Every group after its predecessors; among those ready, the one first in `rank`. */
	sorted(rank: (group: number) => number): number[] {
		const waiting = new Map([...this.previous].map(([group, before]) => [group, before.size]));
		const ready = [...waiting].filter(([, count]) => count === 0).map(([group]) => group);
		const order: number[] = [];
		while (ready.length) {
			ready.sort((a, b) => rank(a) - rank(b));
			const group = ready.shift()!;
			order.push(group);
			for (const after of this.next.get(group)!) {
				const count = waiting.get(after)! - 1;
				waiting.set(after, count);
				if (count === 0) ready.push(after);
			}
		}
		return order;
	}
}

/**
 * Lays out the fields of operations so that a field several operations share, identical apart
 * from where it shows, is one property shown for all of them, and each operation's form keeps
 * its fields in its order. Every operation's order is a chain of "shown before" edges between
 * groups of identical copies; two groups merge only when neither reaches the other (the merge
 * would need the field in two places), so a global order exists: the groups sorted
 * topologically, ties broken by where their first copy stood before. A copy whose own display
 * options name the resource or operation is left alone (they decide where it shows).
 * `shareAcrossResources` also merges a field of different resources; a group then shows as a
 * few properties, each for some resources × some operations, never for a pair without the field.
 */
export function layoutFields(operations: OperationFields[], { shareAcrossResources = false } = {}): LayoutSlot[] {
	const references = new Map<unknown, number>();
	const copies: Copy[] = [];
	for (const { resource, operation, properties } of operations) {
		for (const property of properties) {
			const show = property.displayOptions?.show;
			const ownPlacement = show !== undefined && ('resource' in show || 'operation' in show);
			const key = ownPlacement
				? `#${copies.length}`
				: `${shareAcrossResources ? '' : `${JSON.stringify(resource)}|`}${identityOf(property, references)}`;
			copies.push({ property, resource, operation, position: copies.length, key, group: copies.length });
		}
	}
	const graph = new OrderGraph(copies.map((copy) => copy.group));
	for (let index = 1; index < copies.length; index++) {
		const [before, after] = [copies[index - 1], copies[index]];
		if (before.resource === after.resource && before.operation === after.operation) graph.addEdge(before.group, after.group);
	}

	const byKey = new Map<string, Copy[]>();
	for (const copy of copies) byKey.set(copy.key, [...(byKey.get(copy.key) ?? []), copy]);
	// The biggest savings first: a merge can rule out a later one.
	const candidates = [...byKey.values()]
		.filter((same) => same.length > 1)
		.sort((a, b) => (b.length - 1) * b[0].key.length - (a.length - 1) * a[0].key.length || a[0].position - b[0].position);
	const members = new Map(copies.map((copy) => [copy.group, [copy]]));
	for (const same of candidates) {
		const groups: number[] = [];
		for (const copy of same) {
			const joined = groups.find((group) => !graph.reaches(group, copy.group) && !graph.reaches(copy.group, group));
			if (joined === undefined) {
				groups.push(copy.group);
				continue;
			}
			const absorbed = copy.group;
			graph.merge(joined, absorbed);
			for (const member of members.get(absorbed)!) member.group = joined;
			members.get(joined)!.push(...members.get(absorbed)!);
			members.delete(absorbed);
		}
	}

	const order = graph.sorted((group) => Math.min(...members.get(group)!.map((copy) => copy.position)));
	if (order.length !== members.size) throw new Error('The fields of the operations cannot be ordered (a cycle)');
	return order.flatMap((group) => slotsOf(members.get(group)!));
}

/**
 * A group's properties, each shown for some resources × some operations and together for exactly
 * the group's pairs: the resources with the same operations share one, or the operations with the
 * same resources, whichever needs fewer.
 */
function slotsOf(group: Copy[]): LayoutSlot[] {
	const property = group[0].property;
	const byResource = rectangles(group.map((copy) => [copy.resource, copy.operation]));
	const byOperation = rectangles(group.map((copy) => [copy.operation, copy.resource]));
	if (byResource.length <= byOperation.length) {
		return byResource.map(({ rows, columns }) => ({ property, resources: rows, operations: columns }));
	}
	return byOperation.map(({ rows, columns }) => ({ property, resources: columns, operations: rows }));
}

/** Pairs as rectangles: the rows with the same set of columns together. */
function rectangles(pairs: Array<[string, string]>): Array<{ rows: string[]; columns: string[] }> {
	const columnsByRow = new Map<string, string[]>();
	for (const [row, column] of pairs) columnsByRow.set(row, [...(columnsByRow.get(row) ?? []), column]);
	const byColumns = new Map<string, { rows: string[]; columns: string[] }>();
	for (const [row, columns] of columnsByRow) {
		const key = JSON.stringify([...columns].sort());
		const rectangle = byColumns.get(key);
		if (rectangle) rectangle.rows.push(row);
		else byColumns.set(key, { rows: [row], columns });
	}
	return [...byColumns.values()];
}
