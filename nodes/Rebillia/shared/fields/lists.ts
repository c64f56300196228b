import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { limitField, queryField, returnAllField } from '../../../shared/fields';
import { refuse } from './read';

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

/** Names of the fields a list sorts by, as the editor shows them. */
const SORT_FIELD_NAMES: Record<string, string> = { id: 'ID', invoiceNo: 'Invoice Number', sku: 'SKU', externalId: 'External ID', invoiceId: 'Invoice ID' };
const sortFieldName = (field: string) =>
	SORT_FIELD_NAMES[field] ?? field.charAt(0).toUpperCase() + field.slice(1).replace(/([A-Z])/g, ' $1');

/**
 * `orderBy` and `sortBy`. Rebillia documents `orderBy` as a field of the list's records (its
 * example: `id`) and answers an unknown one without complaint, so Order By offers the fields that
 * the list's records carry and refuses any other (from an expression) before sending.
 */
export function sortOptions(fields: string[]): INodeProperties[] {
	const allowed = ['id', ...fields.filter((field) => field !== 'id')];
	const orderBy = queryField({
		displayName: 'Order By',
		name: 'orderBy',
		type: 'options',
		options: allowed.map((field) => ({ name: sortFieldName(field), value: field })),
		default: 'id',
		description: 'The field of the records to sort by',
	});
	orderBy.routing = {
		send: {
			...orderBy.routing?.send,
			preSend: [
				async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
					const value = this.getNodeParameter('options.orderBy', 'id');
					if (!allowed.includes(String(value))) {
						refuse(
							this,
							`"Order By" cannot sort this list by "${String(value)}"`,
							`Rebillia sorts this list by one of: ${allowed.join(', ')}.`,
						);
					}
					return requestOptions;
				},
			],
		},
	};
	return [
		orderBy,
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
}

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
		// Left empty, it is fine: without this the editor flags its "" as unsupported.
		allowArbitraryValues: true,
		typeOptions: { loadOptionsMethod: 'getSavedFilters' },
		default: '',
		description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		hint: `Only ${records} matching a filter saved in Rebillia`,
	});
}
