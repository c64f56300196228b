import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { answerText, readTextAnswer, type FieldType } from '../../../shared/textAnswer';

/** The Non-Agent API script, below the contact centre's address. */
export const NON_AGENT_PATH = '/x5/api/non_agent.php';

/** What VICIdial writes in a field to empty it: sent as typed (blank fields are not sent at all). */
export const BLANK = '--BLANK--';

/** A value's check before sending: the problem in the user's words, or undefined. */
export type ValueCheck = (value: string) => string | undefined;

export const checks = {
	/** An agent's user ID: 2 to 20 characters (the document's rule). */
	agentUser: (value: string) => (value.length < 2 || value.length > 20 ? 'must be 2 to 20 characters' : undefined),
	/** A day: YYYY-MM-DD, a real date. */
	day: (value: string) => (isDay(value) ? undefined : 'must be a date in the form YYYY-MM-DD, e.g. 2026-12-01'),
	digits: (min: number, max: number) => (value: string) =>
		new RegExp(`^\\d{${min},${max}}$`).test(value) ? undefined : `must be ${min === max ? min : `${min} to ${max}`} digits`,
	length: (min: number, max: number) => (value: string) =>
		value === BLANK || (value.length >= min && value.length <= max) ? undefined : `must be ${min} to ${max} characters`,
};

function isDay(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return false;
	const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
	return date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

function refuse(context: IExecuteSingleFunctions, label: string, problem: string): never {
	throw new NodeOperationError(context.getNode(), `"${label}" ${problem}`, { itemIndex: context.getItemIndex() });
}

/**
 * A field sent as the x5 query parameter `queryName` (trimmed; blank: not sent, except `--BLANK--`
 * which empties the field at Ytel), checked before sending. `collection`: the collection holding it.
 */
export function x5Field(
	property: Omit<INodeProperties, 'default' | 'type'> & Partial<Pick<INodeProperties, 'default' | 'type'>>,
	queryName: string,
	options: { check?: ValueCheck; collection?: string; write?: (value: string) => string } = {},
): INodeProperties {
	const path = options.collection ? `${options.collection}.${property.name}` : property.name;
	return {
		type: 'string',
		default: '',
		...property,
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions): Promise<IHttpRequestOptions> {
						const raw = this.getNodeParameter(path, '') as unknown;
						const value = typeof raw === 'string' ? raw.trim() : raw === undefined || raw === null ? '' : String(raw as number | boolean);
						if (value === '') return request;
						const problem = value === BLANK ? undefined : options.check?.(value);
						if (problem) refuse(this, property.displayName, problem);
						request.qs = { ...request.qs, [queryName]: options.write && value !== BLANK ? options.write(value) : value };
						return request;
					},
				],
			},
		},
	} as INodeProperties;
}

/** A Y/N setting: left at "Default", not sent. */
export function yesNoField(displayName: string, name: string, queryName: string, description: string, collection?: string): INodeProperties {
	return choiceField(displayName, name, queryName, description, [
		{ name: 'Yes', value: 'Y' },
		{ name: 'No', value: 'N' },
	], collection);
}

/** A choice among the values Ytel accepts; "Default" sends nothing. */
export function choiceField(displayName: string, name: string, queryName: string, description: string, choices: INodePropertyOptions[], collection?: string): INodeProperties {
	return x5Field({ displayName, name, type: 'options', default: '', description, options: [{ name: 'Default', value: '' }, ...choices] }, queryName, { collection });
}

/**
 * "Fields to Clear": each one chosen is sent as `--BLANK--`, VICIdial's way to empty a field (a
 * blank field is not sent, so it cannot empty anything).
 */
export function fieldsToClearField(name: string, options: Array<{ name: string; value: string }>): INodeProperties {
	return {
		displayName: 'Fields to Clear',
		name,
		type: 'multiOptions',
		default: [],
		options,
		description: 'Fields to empty at Ytel (sent as --BLANK--)',
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions): Promise<IHttpRequestOptions> {
						const chosen = this.getNodeParameter(name, []) as string[];
						const qs = { ...(request.qs as IDataObject) };
						for (const name of chosen) {
							if (qs[name] !== undefined && qs[name] !== BLANK) refuse(this, 'Fields to Clear', `names "${name}", which also has a value: clear it or fill it, not both`);
							qs[name] = BLANK;
						}
						request.qs = qs;
						return request;
					},
				],
			},
		},
	};
}

/** How a column's text becomes its value: VICIdial's `YYYY-MM-DD HH:MM:SS` as `YYYY-MM-DDTHH:MM:SS` (the dialer's own time, no zone), `12.5%` as 12.5. */
export type ColumnType = FieldType | 'dateTime' | 'percent';

function typedValue(value: unknown, type: ColumnType | undefined): unknown {
	if (typeof value !== 'string' || value === '') return value;
	if (type === 'dateTime') {
		const match = /^(\d{4}-\d{2}-\d{2})[ T+](\d{2}:\d{2}:\d{2})\.?$/.exec(value);
		return match ? `${match[1]}T${match[2]}` : value;
	}
	if (type === 'percent') {
		const number = Number(value.replace(/%$/, ''));
		return Number.isFinite(number) ? number : value;
	}
	if (type === 'number') {
		const number = Number(value);
		return Number.isFinite(number) ? number : value;
	}
	return value;
}

function typedRecord(record: IDataObject, types: Record<string, ColumnType>): IDataObject {
	return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, typedValue(value, types[key]) as IDataObject[string]]));
}

/** The column names of a rows answer: its header line (the first line that is not a status line), else `columns`. */
function columnsOf(body: unknown, layout: { delimiter: string; header?: boolean; columns?: string[] }): string[] {
	if (!layout.header) return layout.columns ?? [];
	const first = answerText(body)
		.split(/\r?\n/)
		.find((line) => line.trim() !== '' && !/^(SUCCESS|ERROR|NOTICE):/.test(line.trim()));
	return first ? first.split(layout.delimiter).map((name) => name.trim()) : [];
}

/**
 * Rows (with or without a header line) as items with named, typed fields; every column present
 * (a row's empty last cell, cut with the line's trailing blanks, is kept as '').
 */
export function rowsAnswer(layout: { delimiter: '|' | '\t'; header?: boolean; columns?: string[]; types: Record<string, ColumnType> }) {
	return (body: unknown): IDataObject[] => {
		const columns = columnsOf(body, layout);
		return readTextAnswer(body, { kind: 'rows', delimiter: layout.delimiter, header: layout.header, columns: layout.columns }).map((record) =>
			typedRecord({ ...Object.fromEntries(columns.map((name) => [name, ''])), ...record }, layout.types),
		);
	};
}

/** A name that drops a value: the API user's own name and password some answers echo. */
export const DROP = '';

/**
 * Status lines (`SUCCESS: … - a|b|c`) as items: `success`, the message, the values under `values`'
 * names (values named DROP are left out: the API user and the password some answers echo), the
 * `NOTICE:` lines under `notices`.
 */
export function statusAnswer(values: string[], types: Record<string, ColumnType> = {}) {
	return (body: unknown): IDataObject[] =>
		readTextAnswer(body, { kind: 'status', values: values.map((name, index) => name || `__drop${index}`) }).map((item) => {
			const kept = Object.fromEntries(Object.entries(item).filter(([key]) => !key.startsWith('__drop')));
			return typedRecord(kept, types);
		});
}

type Routed = { option: { routing?: { output?: { postReceive?: unknown[] } } } };

/** `value` without the strings equal to a login value (recursively); other values kept. */
function withoutLogin(value: unknown, login: Set<string>): unknown {
	if (Array.isArray(value)) return value.map((entry) => withoutLogin(entry, login));
	if (!value || typeof value !== 'object') return value;
	const kept: IDataObject = {};
	for (const [key, inner] of Object.entries(value as IDataObject)) {
		if (typeof inner === 'string' && login.has(inner.trim())) continue;
		kept[key] = withoutLogin(inner, login) as IDataObject[string];
	}
	return kept;
}

/**
 * The operation's items without the values equal to the credential's API user or password: many
 * answers echo them (`SUCCESS: add_user … - 6666|1000|1234|…`, NOTICE lines), and neither belongs
 * in a workflow's data. Exact values only: a short user ID must not blank digits of other values.
 */
export function withoutLoginValues<T extends Routed>(operation: T, credentialType = 'ytelContactCenterApi'): T {
	const output = operation.option.routing?.output;
	if (!output) return operation;
	output.postReceive = [
		...(output.postReceive ?? []),
		async function (this: IExecuteSingleFunctions, items: Array<{ json: IDataObject }>) {
			const credentials = await this.getCredentials(credentialType);
			const login = new Set([credentials.apiUser, credentials.apiPassword].map((value) => String(value ?? '').trim()).filter(Boolean));
			return items.map((item) => ({ ...item, json: withoutLogin(item.json, login) as IDataObject }));
		},
	];
	return operation;
}
