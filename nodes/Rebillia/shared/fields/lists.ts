import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { limitField, queryField, returnAllField } from '../../../shared/fields';

/** Lists and their options: Return All and Limit, include, sorting, filters, option names. */

/** Return All and Limit of a list Rebillia answers whole (a bare array, no paging). */
export function listFields(): INodeProperties[] {
	return [
		{ ...returnAllField, hint: 'Rebillia answers this list in one request, so Return All costs one request' },
		{ ...limitField, description: 'Max number of results to return (the first ones of the list Rebillia answers)' },
	];
}

/** `include`: relations Rebillia embeds in each record, sent comma-separated. */
export function includeOption(relations: Array<[string, string]>): INodeProperties {
	return {
		displayName: 'Include',
		name: 'include',
		type: 'multiOptions',
		options: relations.map(([name, value]) => ({ name, value })).sort((a, b) => a.name.localeCompare(b.name)),
		default: [],
		description: 'Related records to embed in each result',
		routing: {
			send: {
				type: 'query',
				property: 'include',
				propertyInDotNotation: false,
				value: '={{ Array.isArray($value) ? $value.join(",") : $value }}',
			},
		},
	};
}

/** `orderBy` and `sortBy`, the same on every list that sorts. */
export const sortOptions: INodeProperties[] = [
	queryField({
		displayName: 'Order By',
		name: 'orderBy',
		type: 'string',
		default: 'id',
		placeholder: 'e.g. createdAt',
		description: 'The field of the records to sort by, e.g. createdAt; the default sorts by ID',
	}),
	queryField({
		displayName: 'Sort Direction',
		name: 'sortBy',
		type: 'options',
		options: [
			{ name: 'Ascending', value: 'asc' },
			{ name: 'Descending', value: 'desc' },
		],
		default: 'asc',
		description: 'Whether the results go from the lowest to the highest value of Order By, or the reverse',
	}),
];

/** The Options collection of a read: include, sorting, or whatever else is given. */
export function optionsCollection(options: INodeProperties[]): INodeProperties {
	return { displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options };
}

export function filtersCollection(filters: INodeProperties[]): INodeProperties {
	return { displayName: 'Filters', name: 'filters', type: 'collection', placeholder: 'Add Filter', default: {}, options: filters };
}

/** A text filter or option sent as a query parameter (left blank, not sent). */
export function queryText(displayName: string, name: string, placeholder: string, description: string): INodeProperties {
	return queryField({ displayName, name, type: 'string', default: '', placeholder, description });
}

/** Options named from lower-case values ("published" → "Published"), in the order given. */
export const optionsOf = (values: string[]): INodePropertyOptions[] =>
	values.map((value) => ({ name: value.charAt(0).toUpperCase() + value.slice(1).replace(/([A-Z])/g, ' $1'), value }));

/** `filterId`: a filter saved in Rebillia, picked from the saved filters of the node's resource. */
export function savedFilterField(records: string): INodeProperties {
	return queryField({
		displayName: 'Saved Filter Name or ID',
		name: 'filterId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getSavedFilters' },
		default: '',
		description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		hint: `Only ${records} matching a filter saved in Rebillia`,
	});
}
