import type { IExecuteSingleFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { formatInZone, instantOf } from '../../../shared/dates';

/**
 * Reading user input the way Rebillia takes it (ids as integers, whole cents and hundredths,
 * dates as YYYY-MM-DD), refusing bad values naming the field before anything is sent. The readers
 * are internal to the fields folder: nodes use the fields, which call them.
 */

export const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

export function refuse(context: IExecuteSingleFunctions, message: string, description?: string): never {
	throw new NodeOperationError(context.getNode(), message, { itemIndex: context.getItemIndex(), ...(description ? { description } : {}) });
}

/** A Rebillia id from user input (`label` as messages name it), or undefined when blank. */
export function readId(context: IExecuteSingleFunctions, label: string, value: unknown, example = 4): number | undefined {
	if (isBlank(value)) return undefined;
	const text = String(value).trim();
	if (!/^\d+$/.test(text)) {
		refuse(context, `${label} must be a numeric ID`, `"${text}" is not a Rebillia ID; Rebillia IDs are whole numbers, e.g. ${example}.`);
	}
	return Number(text);
}

/** A day as Rebillia takes it (YYYY-MM-DD): date-only text as it is, other dates in the workflow timezone. */
export function readDay(context: IExecuteSingleFunctions, label: string, value: unknown): string | undefined {
	if (isBlank(value)) return undefined;
	if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return value.trim();
	const millis = instantOf(value, context.getTimezone());
	if (millis === undefined) refuse(context, `${label} is not a date: "${String(value)}"`, 'Rebillia takes dates as YYYY-MM-DD, e.g. 2024-01-31.');
	return formatInZone(millis, context.getTimezone(), 'yyyy-MM-dd');
}

/** An instant as ISO-8601 UTC (`2026-03-01T07:00:00Z`); wall-clock input is read in the workflow timezone. */
export function readInstant(context: IExecuteSingleFunctions, label: string, value: unknown): string | undefined {
	if (isBlank(value)) return undefined;
	const millis = instantOf(value, context.getTimezone());
	if (millis === undefined) refuse(context, `${label} is not a date and time: "${String(value)}"`);
	return `${formatInZone(millis, 'UTC', 'yyyy-MM-ddTHH:mm:ss')}Z`;
}

const UNITS = { cents: ['cents', 'e.g. 1250 for 12.50'], hundredths: ['hundredths', 'e.g. 150 for 1.5'] } as const;

/** A whole number of cents or hundredths (above 0 when `positive`), or undefined when blank. */
export function readWhole(
	context: IExecuteSingleFunctions,
	label: string,
	value: unknown,
	unit: keyof typeof UNITS,
	positive = false,
): number | undefined {
	if (isBlank(value)) return undefined;
	const amount = Number(value);
	if (!Number.isInteger(amount) || (positive && amount <= 0)) {
		const [name, example] = UNITS[unit];
		refuse(context, `${label} must be a whole number of ${name}${positive ? ' above 0' : ''}`, `Got ${String(value)}; ${example}.`);
	}
	return amount;
}

/** Comma-separated text (e.g. "Yes, No") as a list. */
export function textList(value: unknown): string[] {
	const parts = Array.isArray(value) ? value.map(String) : String(value ?? '').split(',');
	return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/** Comma-separated ids (e.g. "2, 3") as numbers, or a refusal naming the field. */
export function readIdList(context: IExecuteSingleFunctions, label: string, value: unknown): number[] {
	const texts = textList(value);
	for (const text of texts) if (!/^\d+$/.test(text)) refuse(context, `${label} must be numbers separated by commas`, `"${text}" is not a number.`);
	return texts.map(Number);
}
