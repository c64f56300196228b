import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * One URL path segment from user input. Trimmed; empty, `.` and `..` are refused because HTTP
 * clients collapse dot segments and the request would reach a different endpoint. Everything
 * else is percent-encoded so `/`, `?` and `#` stay inside the segment.
 */
export function pathSegment(node: INode, field: string, value: unknown, itemIndex?: number): string {
	const text = value === undefined || value === null ? '' : String(value).trim();
	if (text === '' || text === '.' || text === '..') {
		throw new NodeOperationError(
			node,
			text === '' ? `"${field}" is required` : `"${field}" cannot be "${text}"`,
			{ itemIndex, description: `Enter a valid value for "${field}".` },
		);
	}
	return encodeURIComponent(text);
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** Fills `{name}` placeholders through `pathSegment`; `resolve` returns the raw value and label. */
export function fillPath(
	node: INode,
	template: string,
	resolve: (name: string) => { value: unknown; label: string },
	itemIndex?: number,
): string {
	return template.replace(PLACEHOLDER, (_, name: string) => {
		const { value, label } = resolve(name);
		return pathSegment(node, label, value, itemIndex);
	});
}
