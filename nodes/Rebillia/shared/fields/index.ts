/**
 * The field helpers of every Rebillia node. Request bodies are described as field specs: each
 * spec renders as an n8n property and reads that property's value into the body the way Rebillia
 * takes it (ids as integers, amounts in whole cents, sizes in whole hundredths, dates as
 * YYYY-MM-DD, comma lists as arrays, nested lists and objects as fixed collections). Blank values
 * are not sent; bad values are refused naming the field (and the entry of a list) before sending.
 *
 * By what they describe: body.ts (body fields as specs), ids.ts (ids that pick records), lists.ts
 * (lists and their options), day.ts (a day in the body or the query); read.ts and units.ts hold
 * the readers and the wording they share, kept inside this folder.
 */

export { bodyCollection, bodyProperty, textSpec, type FieldSpec } from './body';
export { dayField } from './day';
export { idDropdown, idField, idLocator, type IdOptions, type IdSend } from './ids';
export { filtersCollection, includeOption, listFields, optionsCollection, optionsOf, queryText, savedFilterField, sortOptions } from './lists';
export { isBlank, refuse } from './read';
export { CENTS_HINT, DECIMAL, DECIMAL_HINT } from './units';
