/**
 * How Outseta's request bodies write dates: zone-less UTC to the second
 * (`2017-12-01T10:00:00`), as the collection's examples do; a Date & Time field is read in the
 * workflow's timezone. Discount "redeem by" dates carry a `Z` in the collection.
 */
export const OUTSETA_DATE_TIME = 'yyyy-MM-ddTHH:mm:ss';
/** Extend Trial's date in the path. */
export const OUTSETA_DAY = 'yyyy-MM-dd';
