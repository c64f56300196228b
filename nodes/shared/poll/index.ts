/**
 * Poll state for triggers, one strategy per kind of feed (one file each), and what they share:
 * `state.ts` (how and when state is written), `time.ts` (vendor timestamps and time-UUIDs),
 * `feeds.ts` (keyset and whole-list pages as the strategies ask for them).
 */

export { fingerprint } from '../fingerprint';
export type { FeedPage, KeyedState, PollResult } from './state';
export {
	compareTimeUuids,
	epochMillis,
	isoTimestamps,
	timeUuidAt,
	timeUuidMillis,
	timeUuids,
	timeUuidTicks,
	utcDay,
	utcDayStart,
	type TimeCodec,
} from './time';
export { fieldOf, keysetPages, readAllPages, timeField, wholeListNewestFirst } from './feeds';
export { DEFAULT_LATE_MARGIN_MS } from './late';
export { DEFAULT_LOOK_BACK_MS, pollNewByTimestamp, type TimestampFeed, type TimestampPollOptions } from './timestamp';
export { pollNewByMaxId, type IdFeed, type MaxIdPollOptions } from './maxId';
export { pollNewBySeenSet, type SeenFeed, type SeenPollOptions } from './seenSet';
export {
	decodeValues,
	encodeValues,
	pollValueChanges,
	type ChangePollOptions,
	type Watched,
	type WatchedField,
	type WatchedKind,
} from './valueChanges';
export { pollNewBySnapshot, type SnapshotOptions } from './snapshot';
export { pollNewInDateWindow, type DateWindowFeed, type DateWindowPollOptions } from './dateWindow';
