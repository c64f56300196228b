import { locatorField } from '../../../shared/fields';
import { optionsOf } from './numbered';

/** Support cases: where a case came from, its status, the case picker. */

/** Case Source: where a support case came from. */
export const caseSourceOptions = optionsOf({ 1: 'Website', 2: 'Email', 3: 'Facebook', 4: 'Twitter' });
export const caseStatusOptions = optionsOf({ 1: 'Open', 2: 'Closed' });

export const caseLocator = locatorField({
	displayName: 'Support Case',
	name: 'caseId',
	noun: 'support case',
	searchListMethod: 'searchCases',
	idPlaceholder: 'e.g. dQGxEz94',
});
