import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** Where a number is checked: an operation's item (its index is named), or trigger set-up code. */
interface PhoneContext {
	getNode(): INode;
	getItemIndex?(): number;
}

/** E.164: a plus, a country code that does not start with 0, then up to 15 digits in all. */
const E164 = /^\+[1-9]\d{1,14}$/;

/**
 * A phone number as Ytel takes it, in E.164 (`+14155550123`). Spaces, dashes, dots and brackets a
 * user types are dropped; anything else that is not E.164 is refused before sending, by field name.
 */
export function e164(context: PhoneContext, label: string, value: unknown): string {
	const typed = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	const number = typed.replace(/[\s\-.()]/g, '');
	if (!E164.test(number)) {
		throw new NodeOperationError(context.getNode(), `"${label}" must be a phone number in E.164 format, e.g. +14155550123`, {
			itemIndex: context.getItemIndex?.(),
			description: `Got ${typed ? `"${typed}"` : 'nothing'}. Start with + and the country code. Nothing was sent to Ytel.`,
		});
	}
	return number;
}

/** A phone number as one path segment: `+` encoded, as Ytel's paths need it. */
export function e164Segment(context: PhoneContext, label: string, value: unknown): string {
	return encodeURIComponent(e164(context, label, value));
}
