import type { IDataObject } from 'n8n-workflow';

/**
 * Text answers of RPC-style APIs (VICIdial-derived and the like) that answer HTTP 200 either way:
 * status lines `SUCCESS: <what happened> - a|b|c`, `ERROR: <reason> - a|b`, `NOTICE: …`, rows
 * delimited by `|` or tabs (with or without a header line), `key: value` lines, or a bare value.
 * Read into items with named, typed fields; written once for every vendor that answers this way.
 */

export type FieldType = 'text' | 'number';

/** How an operation's answer is read. */
export type TextAnswerLayout =
	/** Status lines; `values` names the `|` values after the last ` - `, in order (more values: `value<n>`). */
	| { kind: 'status'; values?: string[]; types?: Record<string, FieldType> }
	/** One item per row; `columns` names them when the answer has no header line. */
	| { kind: 'rows'; delimiter: '|' | '\t' | ','; header?: boolean; columns?: string[]; types?: Record<string, FieldType> }
	/** `key: value` lines (a first line ending in `:` is a title, skipped); one item. */
	| { kind: 'keyValue' }
	/** The whole answer as one value under `field`. */
	| { kind: 'text'; field: string };

export interface StatusLine {
	status: 'SUCCESS' | 'ERROR' | 'NOTICE';
	/** The words before the values, e.g. `external_status function set`. */
	message: string;
	values: string[];
}

const STATUS_LINE = /^(SUCCESS|ERROR|NOTICE):\s*(.*)$/;
/** What separates a status line's words from its values. */
const VALUES_SEPARATOR = ' - ';

export function answerText(body: unknown): string {
	if (typeof body === 'string') return body;
	if (Buffer.isBuffer(body)) return body.toString('utf8');
	if (body === undefined || body === null) return '';
	return typeof body === 'object' ? JSON.stringify(body) : String(body as string | number | boolean);
}

function lines(body: unknown): string[] {
	return answerText(body)
		.split(/\r?\n/)
		.map((line) => line.trimEnd())
		.filter((line) => line.trim() !== '');
}

/** A status line split into its status, words and `|` values; undefined for any other line. */
export function readStatusLine(line: string): StatusLine | undefined {
	const match = STATUS_LINE.exec(line.trim());
	if (!match) return undefined;
	const rest = match[2].trim();
	const at = rest.lastIndexOf(VALUES_SEPARATOR);
	const message = at >= 0 ? rest.slice(0, at).trim() : rest;
	const values = at >= 0 ? rest.slice(at + VALUES_SEPARATOR.length).split('|').map((value) => value.trim()) : [];
	return { status: match[1] as StatusLine['status'], message, values };
}

/** The answer's first `ERROR:` line, when it has one: the answer is a failure. */
export function errorLineOf(body: unknown): StatusLine | undefined {
	for (const line of lines(body)) {
		const read = readStatusLine(line);
		if (read?.status === 'ERROR') return read;
	}
	return undefined;
}

function typed(value: string, type: FieldType | undefined): unknown {
	if (type === 'number' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
	return value;
}

/** Values under their names; the unnamed rest as `value<n>`; empty trailing values dropped. */
function named(values: string[], names: string[] = [], types: Record<string, FieldType> = {}): IDataObject {
	const record: IDataObject = {};
	values.forEach((value, index) => {
		const name = names[index] ?? `value${index + 1}`;
		if (!names[index] && value === '' && index === values.length - 1) return;
		record[name] = typed(value, types[name]) as IDataObject[keyof IDataObject];
	});
	return record;
}

function statusItems(body: unknown, layout: Extract<TextAnswerLayout, { kind: 'status' }>): IDataObject[] {
	const items: IDataObject[] = [];
	const notices: StatusLine[] = [];
	const other: string[] = [];
	for (const line of lines(body)) {
		const read = readStatusLine(line);
		if (!read) other.push(line.trim());
		else if (read.status === 'NOTICE') notices.push(read);
		else items.push({ success: read.status === 'SUCCESS', message: read.message, ...named(read.values, layout.values, layout.types) });
	}
	// NOTICE lines are reported, never thrown: alone they are the answer (a status report, named
	// as the function's values); beside an outcome they go with it.
	if (!items.length && notices.length) {
		return notices.map((notice) => ({ success: true, notice: true, message: notice.message, ...named(notice.values, layout.values, layout.types) }));
	}
	if (!items.length) items.push({ success: true, ...(other.length ? { answer: other.join('\n') } : {}) });
	if (notices.length) items[0].notices = notices.map((notice) => ({ message: notice.message, ...named(notice.values) }));
	return items;
}

function rowItems(body: unknown, layout: Extract<TextAnswerLayout, { kind: 'rows' }>): IDataObject[] {
	const rows = lines(body).filter((line) => !readStatusLine(line));
	const split = (line: string) => line.split(layout.delimiter).map((cell) => cell.trim());
	const columns = layout.header && rows.length ? split(rows.shift() as string) : (layout.columns ?? []);
	return rows.map((row) => named(split(row), columns, layout.types));
}

function keyValueItem(body: unknown): IDataObject[] {
	const record: IDataObject = {};
	for (const line of lines(body)) {
		const at = line.indexOf(':');
		if (at < 0 || at === line.length - 1) continue;
		record[line.slice(0, at).trim()] = line.slice(at + 1).trim();
	}
	return [record];
}

/** The items a text answer holds, read as `layout` says (an `ERROR:` answer is the caller's to throw first). */
export function readTextAnswer(body: unknown, layout: TextAnswerLayout): IDataObject[] {
	switch (layout.kind) {
		case 'rows':
			return rowItems(body, layout);
		case 'keyValue':
			return keyValueItem(body);
		case 'text':
			return [{ [layout.field]: answerText(body).trim() }];
		default:
			return statusItems(body, layout);
	}
}
