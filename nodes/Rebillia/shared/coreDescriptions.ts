import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { limitField, returnAllField } from '../../shared/fields';
import { idLocator } from './coreFields';

export const customerLocator = idLocator({ displayName: 'Customer', name: 'customerId', noun: 'customer', search: 'searchCustomers' });
export const subscriptionLocator = idLocator({ displayName: 'Subscription', name: 'subscriptionId', noun: 'subscription', search: 'searchSubscriptions' });
export const invoiceLocator = idLocator({ displayName: 'Invoice', name: 'invoiceId', noun: 'invoice', search: 'searchInvoices' });
export const transactionLocator = idLocator({ displayName: 'Transaction', name: 'transactionId', noun: 'transaction', search: 'searchTransactions' });

/** Return All and Limit of a list Rebillia answers whole (a bare array, no paging). */
export function bareListFields(): INodeProperties[] {
	return [
		{ ...returnAllField, hint: 'Rebillia answers this list in one request, so Return All costs one request' },
		{ ...limitField, description: 'Max number of results to return (the first ones of the list Rebillia answers)' },
	];
}

/** `include`: relations Rebillia embeds in each record, sent comma-separated. */
export function includeOption(relations: Array<[string, string]>): INodeProperties {
	const options: INodePropertyOptions[] = relations
		.map(([name, value]) => ({ name, value }))
		.sort((a, b) => a.name.localeCompare(b.name));
	return {
		displayName: 'Include',
		name: 'include',
		type: 'multiOptions',
		options,
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

export const orderByOption: INodeProperties = {
	displayName: 'Sort Field',
	name: 'orderBy',
	type: 'string',
	default: '',
	placeholder: 'e.g. createdAt',
	description: 'Field of the records to sort the results by, e.g. createdAt',
	routing: { send: { type: 'query', property: 'orderBy', propertyInDotNotation: false } },
};

export const sortByOption: INodeProperties = {
	displayName: 'Sort Direction',
	name: 'sortBy',
	type: 'options',
	options: [
		{ name: 'Ascending', value: 'asc' },
		{ name: 'Descending', value: 'desc' },
	],
	default: 'asc',
	description: 'Used with Sort Field',
	routing: { send: { type: 'query', property: 'sortBy', propertyInDotNotation: false } },
};

/** The Options collection of a read: include, sorting, or whatever else is given. */
export function readOptions(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options,
	};
}

export function filtersCollection(filters: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: filters,
	};
}

/** A text filter sent as a query parameter. */
export function queryText(displayName: string, name: string, placeholder: string, description: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		default: '',
		placeholder,
		description,
		routing: { send: { type: 'query', property: name, propertyInDotNotation: false } },
	};
}

/** Amount units, said the same way on every amount field. */
export const CENTS = 'In cents, as a whole number (e.g. 5500 for 55.00); Rebillia answers amounts as decimal strings such as "55.0000"';
export const DECIMAL = 'As a decimal amount (e.g. 20.00); Rebillia answers amounts as decimal strings such as "20.0000"';
