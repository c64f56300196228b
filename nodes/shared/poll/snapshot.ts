import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { fingerprint } from '../fingerprint';
import type { KeyedState, PollResult } from './state';

/**
 * Snapshot diff, for endpoints with no creation time and no growing id: the state is the
 * fingerprints of the whole list as it stood at the last emission.
 */

interface SnapshotState extends KeyedState {
	seen?: string[];
}

export interface SnapshotOptions {
	key: string;
	/** The identity of a record; records whose identity was not in the last snapshot are new. */
	identity: (record: IDataObject) => string;
}

/**
 * For endpoints with no creation time: diff the current list against fingerprints of the list
 * as it stood at the last emission (or at seeding).
 */
export async function pollNewBySnapshot(
	this: IPollFunctions,
	fetchAll: () => Promise<IDataObject[]>,
	options: SnapshotOptions,
): Promise<PollResult> {
	const records = await fetchAll();
	if (this.getMode() === 'manual') {
		return records.length ? [this.helpers.returnJsonArray(records.slice(0, 1))] : null;
	}
	const current = records.map((record) => fingerprint(options.identity(record)));
	const state = this.getWorkflowStaticData('node') as SnapshotState;
	if (state.key !== options.key || state.seen === undefined) {
		state.key = options.key;
		state.seen = [...new Set(current)];
		return null;
	}
	const seen = new Set(state.seen);
	const fresh = records.filter((_, index) => !seen.has(current[index]));
	if (!fresh.length) return null;
	state.seen = [...new Set(current)];
	return [this.helpers.returnJsonArray(fresh)];
}
