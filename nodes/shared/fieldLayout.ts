import type { INodeProperties } from 'n8n-workflow';

/** One property of a resource's layout and the operations (by value) that show it. */
export interface LayoutSlot {
	property: INodeProperties;
	operations: string[];
}

/**
 * A canonical text for a value, equal for deep-equal values: object keys sorted, `undefined`
 * kept (a key set to undefined is not a missing key), functions and other non-plain objects by
 * reference (a routing closure made per call is never equal to another).
 */
export function identityOf(value: unknown, references: Map<unknown, number>): string {
	if (value === undefined) return 'u';
	if (value === null || typeof value !== 'object') {
		if (typeof value === 'function' || typeof value === 'symbol') return `r${referenceId(value, references)}`;
		return JSON.stringify(value) ?? String(value);
	}
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

/**
 * Which fields of one operation may share a property with other operations' fields: the same
 * content, own display options included. A field whose own display options name the resource or
 * operation keeps its own property (its conditions would decide where it shows).
 */
function mergeKey(property: INodeProperties, references: Map<unknown, number>, unique: () => string): string {
	const show = property.displayOptions?.show;
	if (show && ('resource' in show || 'operation' in show)) return unique();
	return identityOf(property, references);
}

/**
 * The matches of a longest common subsequence of `fields` and `layout` by key, weighted by the
 * key's length (the bytes a merge saves); a slot that already shows this operation is no match.
 */
function heaviestCommonSubsequence(fieldKeys: string[], slotKeys: string[], open: boolean[]): Array<[number, number]> {
	const rows = fieldKeys.length;
	const columns = slotKeys.length;
	const best: number[][] = Array.from({ length: rows + 1 }, () => new Array<number>(columns + 1).fill(0));
	for (let i = rows - 1; i >= 0; i--) {
		for (let j = columns - 1; j >= 0; j--) {
			const skip = Math.max(best[i + 1][j], best[i][j + 1]);
			const take = open[j] && fieldKeys[i] === slotKeys[j] ? fieldKeys[i].length + best[i + 1][j + 1] : -1;
			best[i][j] = Math.max(skip, take);
		}
	}
	const matches: Array<[number, number]> = [];
	let i = 0;
	let j = 0;
	while (i < rows && j < columns) {
		if (open[j] && fieldKeys[i] === slotKeys[j] && best[i][j] === fieldKeys[i].length + best[i + 1][j + 1]) {
			matches.push([i, j]);
			i++;
			j++;
		} else if (best[i][j] === best[i + 1][j]) {
			i++;
		} else {
			j++;
		}
	}
	return matches;
}

/**
 * One resource's fields with each field that several operations share, identical apart from
 * resource and operation, laid out once. Operations are added one by one: a field joins an
 * existing slot only where that keeps every operation's fields in their order (a common
 * subsequence of the layout and the operation's fields); other fields get a slot of their own
 * between their neighbours. So for each operation, the slots that show it are its fields, in its
 * order, and a copy that would need two places stays a separate copy.
 */
export function layoutFields(operations: Array<{ value: string; properties: INodeProperties[] }>): LayoutSlot[] {
	const references = new Map<unknown, number>();
	let uniqueCount = 0;
	const unique = () => `#${uniqueCount++}`;
	let layout: Array<LayoutSlot & { key: string }> = [];
	for (const operation of operations) {
		const fieldKeys = operation.properties.map((property) => mergeKey(property, references, unique));
		const matches = heaviestCommonSubsequence(
			fieldKeys,
			layout.map((slot) => slot.key),
			layout.map((slot) => !slot.operations.includes(operation.value)),
		);
		const next: typeof layout = [];
		const addFields = (from: number, to: number) => {
			for (let index = from; index < to; index++) {
				next.push({ key: fieldKeys[index], property: operation.properties[index], operations: [operation.value] });
			}
		};
		let nextField = 0;
		let nextMatch = 0;
		for (let slotIndex = 0; slotIndex < layout.length; slotIndex++) {
			const slot = layout[slotIndex];
			const match = matches[nextMatch];
			if (match && match[1] === slotIndex) {
				addFields(nextField, match[0]);
				next.push({ ...slot, operations: [...slot.operations, operation.value] });
				nextField = match[0] + 1;
				nextMatch++;
			} else {
				next.push(slot);
			}
		}
		addFields(nextField, fieldKeys.length);
		layout = next;
	}
	return layout.map(({ property, operations: shownFor }) => ({ property, operations: shownFor }));
}
