import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

/**
 * What every poll strategy shares. State lives in `getWorkflowStaticData('node')`, one strategy
 * per kind of feed.
 *
 * n8n 2.40 persists static data when a poll emits and after an activation; changes made by a
 * poll that returns null are lost on the next reload. So state is written only when emitting,
 * or when seeding (which happens in the activation poll); a poll that finds nothing new leaves
 * the state exactly as it found it, and a failed poll throws before touching it. Manual runs
 * ("Fetch Test Event") return a sample and never touch the state.
 *
 * The state is keyed by the trigger's event and filters: changing them re-seeds.
 */

/** Every strategy's state: `key` is the event and filters it was seeded for. */
export interface KeyedState {
	key?: string;
}

/** One page of a feed; `more`: whether a next page may hold more. */
export interface FeedPage {
	records: IDataObject[];
	more: boolean;
}

/** What a poll returns to n8n: one output of items, or null when there is nothing to emit. */
export type PollResult = INodeExecutionData[][] | null;
