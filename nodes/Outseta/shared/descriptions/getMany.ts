import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, INodePropertyCollection } from 'n8n-workflow';
import { limitField, returnAllField, simplifyField, UNLESS_BLANK } from '../../../shared/fields';
import { refuse } from '../validate';
import { doNotLogOption, fieldsOption } from './options';
import type { RecordKind } from './recordFields';

/** Get Many: filters with Outseta's operators, sorting, fields, Return All and Limit. */

const FILTER_OPERATORS = [
	{ name: 'Equals', value: '' },
	{ name: 'Greater Than', value: '__gt' },
	{ name: 'Greater Than or Equal', value: '__gte' },
	{ name: 'Is Empty', value: '__isnull' },
	{ name: 'Less Than', value: '__lt' },
	{ name: 'Less Than or Equal', value: '__lte' },
	{ name: 'Not Equal', value: '__ne' },
];

function conditionCollection(propertyPlaceholder: string): INodePropertyCollection {
	return {
		displayName: 'Condition',
		name: 'condition',
		values: [
			{
				displayName: 'Property',
				name: 'property',
				type: 'string',
				default: '',
				placeholder: `e.g. ${propertyPlaceholder}`,
				description: 'Property to filter on; a dotted path reaches a linked record',
			},
			{ displayName: 'Operator', name: 'operator', type: 'options', options: FILTER_OPERATORS, default: '' },
			{
				displayName: 'Value',
				name: 'value',
				type: 'string',
				default: '',
				placeholder: 'e.g. 2024-01-01',
				description: 'For Is Empty: true (empty) or false (set)',
			},
		],
	};
}

/**
 * Conditions as query parameters (`Created__gte=…`). A half-filled condition is refused by its
 * position before anything is sent: left out, it would return every record (blank query values
 * are dropped on the way out). A condition left wholly empty is skipped.
 */
async function sendConditions(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const conditions = ((this.getNodeParameter('filters.conditions', {}) as IDataObject).condition ?? []) as IDataObject[];
	const qs = (requestOptions.qs ?? {}) as IDataObject;
	for (const [index, condition] of conditions.entries()) {
		const property = String(condition.property ?? '').trim();
		const operator = String(condition.operator ?? '');
		const value = String(condition.value ?? '').trim();
		const named = `Condition ${index + 1} of ${conditions.length}`;
		if (!property && value === '') continue;
		if (!property) refuse(this, `${named} has a value ("${value}") but no "Property"`, 'Name the property to filter on, or remove the condition.');
		if (operator === '__isnull') qs[`${property}__isnull`] = String(value.toLowerCase() !== 'false');
		else if (value === '') {
			refuse(
				this,
				`${named} ("${property}") has no "Value"`,
				'Without a value the condition would not filter and every record would come back. Give a value, choose Is Empty, or remove the condition.',
			);
		} else qs[`${property}${operator}`] = value;
	}
	requestOptions.qs = qs;
	return requestOptions;
}

/** A Get Many filter sent as a query parameter; left blank it is not sent. */
export function queryFilter(property: INodeProperties, queryName = property.name): INodeProperties {
	return { ...property, routing: { send: { type: 'query', property: queryName, propertyInDotNotation: false, value: UNLESS_BLANK } } };
}

/** Get Many filters: the resource's common ones plus free conditions with Outseta's operators. */
export function filtersField(common: INodeProperties[], conditionPlaceholder: string): INodeProperties {
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			...common,
			{
				displayName: 'Conditions',
				name: 'conditions',
				type: 'fixedCollection',
				typeOptions: { multipleValues: true },
				placeholder: 'Add Condition',
				default: {},
				description: 'Conditions on any property, all of which must hold',
				options: [conditionCollection(conditionPlaceholder)],
				routing: { send: { preSend: [sendConditions] } },
			},
		],
	};
}

/** Get Many's options: sorting by one of the resource's properties (`Created` among them), fields, do not log. */
export function getManyOptions(sortable: string[], fieldsExample: string, kind: RecordKind): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			doNotLogOption,
			fieldsOption(fieldsExample, kind),
			{
				displayName: 'Sort By',
				name: 'sortBy',
				type: 'options',
				options: sortable.map((property) => ({ name: property.replace(/([a-z])([A-Z])/g, '$1 $2'), value: property })),
				default: 'Created',
				routing: {
					send: {
						type: 'query',
						property: 'orderBy',
						value: '={{ $value + " " + ($parameter.options.sortDirection || "ASC") }}',
					},
				},
			},
			{
				displayName: 'Sort Direction',
				name: 'sortDirection',
				type: 'options',
				options: [
					{ name: 'Ascending', value: 'ASC' },
					{ name: 'Descending', value: 'DESC' },
				],
				default: 'ASC',
				description: 'Used with Sort By',
			},
		],
	};
}

/** Return All, Limit, Filters, Options and (with a simplifier) Simplify of one Get Many. */
export function getManyFields(options: {
	filters?: INodeProperties[];
	conditionPlaceholder: string;
	sortable: string[];
	fieldsExample: string;
	/** Whose documented properties Fields offers. */
	record: RecordKind;
	simplify?: boolean;
}): INodeProperties[] {
	return [
		returnAllField,
		limitField,
		filtersField(options.filters ?? [], options.conditionPlaceholder),
		getManyOptions(options.sortable, options.fieldsExample, options.record),
		...(options.simplify ? [simplifyField] : []),
	];
}
