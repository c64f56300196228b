import { locatorField } from '../../../shared/fields';

/** Deals: the deal picker. */

export const dealLocator = locatorField({
	displayName: 'Deal',
	name: 'dealId',
	noun: 'deal',
	searchListMethod: 'searchDeals',
	idPlaceholder: 'e.g. Gn9DxQ2y',
});
