/**
 * Wording said the same way on every Rebillia field: units of amounts and sizes, days, dropdowns.
 * Internal to the fields folder (the index exports the decimal wording, which bodies and refunds use).
 */

export const CENTS = 'In cents, as a whole number (e.g. 1250 for 12.50); Rebillia answers amounts as decimal strings such as "12.5000"';
export const HUNDREDTHS = 'In hundredths, as a whole number (e.g. 150 for 1.5); Rebillia answers sizes as decimal strings such as "1.5000"';
export const DECIMAL = 'As a decimal amount (e.g. 20.00); Rebillia answers amounts as decimal strings such as "20.0000"';
/** Hints under every amount field, so the unit shows without opening the tooltip. */
export const CENTS_HINT = 'Whole cents: 1250 means 12.50';
export const DECIMAL_HINT = 'Decimal amount, not cents: 12.50 means 12.50';
export const HUNDREDTHS_HINT = 'Whole hundredths: 150 means 1.5';
export const DAY = "sent as YYYY-MM-DD, the day in the workflow's timezone";

export const DYNAMIC_DESCRIPTION =
	'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>';
