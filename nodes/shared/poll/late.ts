/**
 * How late a record may become visible and still come out, shared by the id and seen-set
 * strategies. Databases hand out ids and timestamps when a row is written, not when its
 * transaction commits, and replicas lag: a record can show up after records created after it.
 */

/**
 * Five minutes of creation (or entry) time: a commit or a replica seconds late is covered many
 * times over, and what a poll reads again and remembers for it stays small (the records created
 * in those five minutes).
 */
export const DEFAULT_LATE_MARGIN_MS = 5 * 60_000;
