import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { fingerprint } from '../fingerprint';
import type { KeyedState, PollResult } from './state';

/**
 * Watched values: counters and flags that change (statistics), for things that have no list of
 * new records. The state is the last values of each watched thing, a few bytes per field.
 */

export type WatchedKind = 'number' | 'boolean' | 'time' | 'text';

export interface WatchedField {
	name: string;
	kind: WatchedKind;
}

export interface Watched {
	/** The watched thing's id (a lead id, or one fixed id for an account). */
	id: string;
	/** Its values now; `null` when it gave none this poll (e.g. not found yet): its baseline stays. */
	values: IDataObject | null;
}

type Answered = Watched & { values: IDataObject };

interface ChangeState extends KeyedState {
	/** Fingerprint of each watched id → its values, encoded compactly (see `encodeValues`). */
	values?: Record<string, string>;
}

function encodeValue(kind: WatchedKind, value: unknown): string {
	if (value === null || value === undefined) return '~';
	switch (kind) {
		case 'number':
			return String(Number(value));
		case 'boolean':
			return value ? '1' : '0';
		case 'time': {
			const millis = Date.parse(String(value));
			return Number.isNaN(millis) ? `!${String(value).replace(/\|/g, '')}` : millis.toString(36);
		}
		default:
			return `!${String(value).replace(/\|/g, '')}`;
	}
}

function decodeValue(kind: WatchedKind, text: string): unknown {
	if (text === '~') return null;
	if (text.startsWith('!')) return text.slice(1);
	switch (kind) {
		case 'number':
			return Number(text);
		case 'boolean':
			return text === '1';
		case 'time':
			return new Date(parseInt(text, 36)).toISOString();
		default:
			return text;
	}
}

export function encodeValues(fields: WatchedField[], values: IDataObject): string {
	return fields.map((field) => encodeValue(field.kind, values[field.name])).join('|');
}

export function decodeValues(fields: WatchedField[], encoded: string): IDataObject {
	const parts = encoded.split('|');
	return Object.fromEntries(
		fields.map((field, index) => [field.name, decodeValue(field.kind, parts[index] ?? '~')]),
	) as IDataObject;
}

export interface ChangePollOptions {
	key: string;
	fields: WatchedField[];
	/**
	 * The current values of everything watched (`null` values for a thing that gave none this poll).
	 * A failure throws, leaving the state as it was.
	 */
	read(): Promise<Watched[]>;
	/** Whether a change of one thing is worth an item (e.g. only when a counter grew). */
	worthEmitting(previous: IDataObject, current: IDataObject): boolean;
	/** The item for one change. */
	item(id: string, previous: IDataObject, current: IDataObject): IDataObject;
	/** Manual runs: the item for the current values, with no previous ones. */
	sample(watched: Answered): IDataObject;
}

/**
 * Values that change (statistics counters, flags): the values at the last poll are the baseline
 * (taken at activation), and a poll emits one item per watched thing whose values moved from it
 * in a way worth emitting. Things new to the watch list get a baseline of their own and emit
 * nothing; things removed from it are forgotten. Values are stored compactly (a few bytes per
 * field) under a fingerprint of the id. A failed read throws before the state is touched.
 */
export async function pollValueChanges(this: IPollFunctions, options: ChangePollOptions): Promise<PollResult> {
	const read = await options.read();
	const current = read.filter((watched): watched is Answered => watched.values !== null);
	if (this.getMode() === 'manual') {
		return current.length ? [this.helpers.returnJsonArray(current.map((watched) => options.sample(watched)))] : null;
	}
	const state = this.getWorkflowStaticData('node') as ChangeState;
	const seeding = state.key !== options.key || !state.values;
	const previous = seeding ? {} : (state.values as Record<string, string>);
	const next: Record<string, string> = {};
	const items: IDataObject[] = [];
	for (const unanswered of read.filter((watched) => watched.values === null)) {
		const mark = fingerprint(unanswered.id);
		if (previous[mark] !== undefined) next[mark] = previous[mark];
	}
	for (const watched of current) {
		const mark = fingerprint(watched.id);
		const encoded = encodeValues(options.fields, watched.values);
		const before = previous[mark];
		if (before === undefined || before === encoded) {
			next[mark] = encoded;
			continue;
		}
		const earlier = decodeValues(options.fields, before);
		const now = decodeValues(options.fields, encoded);
		if (options.worthEmitting(earlier, now)) items.push(options.item(watched.id, earlier, now));
		next[mark] = encoded;
	}
	// Changes not worth an item (a counter reset, a new lead on the list) move the baseline too;
	// n8n keeps them in memory and stores them with the next emission.
	if (seeding || JSON.stringify(next) !== JSON.stringify(previous)) {
		state.key = options.key;
		state.values = next;
	}
	return items.length ? [this.helpers.returnJsonArray(items)] : null;
}
