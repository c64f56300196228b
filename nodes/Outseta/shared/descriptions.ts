import type { INodeProperties, INodePropertyCollection } from 'n8n-workflow';
import { bodyField, jsonBodyField, keyValueBodyField, locatorField } from '../../shared/fields';

export { bodyField };

export const ACCOUNT_STAGE_LABELS: Record<number, string> = {
	1: 'Demo',
	2: 'Trialing',
	3: 'Subscribing',
	4: 'Cancelling',
	5: 'Expired',
	6: 'Trial Expired',
	7: 'Past Due',
};

export const accountStageOptions = Object.entries(ACCOUNT_STAGE_LABELS)
	.map(([value, name]) => ({ name, value: Number(value) }))
	.sort((a, b) => a.name.localeCompare(b.name));

export const billingRenewalTermOptions = [
	{ name: 'Annually', value: 2 },
	{ name: 'Monthly', value: 1 },
	{ name: 'One Time', value: 4 },
	{ name: 'Quarterly', value: 3 },
];

export const personLocator = locatorField({
	displayName: 'Person',
	name: 'personId',
	noun: 'person',
	searchListMethod: 'searchPeople',
	idPlaceholder: 'e.g. qrm0A4QX',
});
export const accountLocator = locatorField({
	displayName: 'Account',
	name: 'accountId',
	noun: 'account',
	searchListMethod: 'searchAccounts',
	idPlaceholder: 'e.g. KaWx1mVr',
});

/** The account of an account-scoped request, also sent as `Account.Uid` in the body. */
export const accountLocatorInBody: INodeProperties = {
	...accountLocator,
	routing: { send: { type: 'body', property: 'Account.Uid' } },
};

export const membershipIdField: INodeProperties = {
	displayName: 'Membership ID',
	name: 'membershipId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. wDQ2w9V6',
	description:
		'The Uid of the person-account membership (an entry of the account\'s PersonAccount list)',
};

const ADDRESS_PARTS: Array<[string, string]> = [
	['Address Line 1', 'AddressLine1'],
	['Address Line 2', 'AddressLine2'],
	['Address Line 3', 'AddressLine3'],
	['City', 'City'],
	['State', 'State'],
	['Postal Code', 'PostalCode'],
	['Country', 'Country'],
];

/** A mailing or billing address; with `withUid`, the Uid of the address being updated. */
export function addressField(
	displayName: string,
	bodyProperty: 'MailingAddress' | 'BillingAddress',
	withUid = false,
): INodeProperties {
	// Parts left empty are not sent, so an update does not blank them.
	const parts: INodeProperties[] = ADDRESS_PARTS.map(([label, key]) => ({
		displayName: label,
		name: key,
		type: 'string',
		default: '',
		routing: {
			send: {
				type: 'body',
				property: `${bodyProperty}.${key}`,
				value: '={{ $value === "" ? undefined : $value }}',
			},
		},
	}));
	if (withUid) {
		parts.unshift(
			bodyField(
				{
					displayName: 'Address Uid',
					name: 'Uid',
					type: 'string',
					default: '',
					description: 'Uid of the existing address to update; leave empty to replace it',
				},
				`${bodyProperty}.Uid`,
			),
		);
	}
	return {
		displayName,
		name: bodyProperty,
		type: 'fixedCollection',
		placeholder: `Add ${displayName}`,
		default: {},
		options: [{ displayName: 'Address', name: 'address', values: parts }],
	};
}

export function customPropertiesField(collection: string): INodeProperties {
	return keyValueBodyField({
		displayName: 'Custom Properties',
		name: 'customProperties',
		collection,
		description: 'Custom properties, by the system name they have on the record (see a Get of the record)',
		namePlaceholder: 'e.g. MyCustomField',
	});
}

export function extraPropertiesField(collection: string): INodeProperties {
	return jsonBodyField(
		{
			displayName: 'Extra Properties (JSON)',
			name: 'extraProperties',
			description:
				'More body properties as a JSON object, merged over the fields above, e.g. {"ClientIdentifier": "42"}',
		},
		collection,
	);
}

const FILTER_OPERATORS = [
	{ name: 'Equals', value: '' },
	{ name: 'Greater Than', value: '__gt' },
	{ name: 'Greater Than or Equal', value: '__gte' },
	{ name: 'Is Null', value: '__isnull' },
	{ name: 'Less Than', value: '__lt' },
	{ name: 'Less Than or Equal', value: '__lte' },
	{ name: 'Not Equal', value: '__ne' },
];

const conditionCollection: INodePropertyCollection = {
	displayName: 'Condition',
	name: 'condition',
	values: [
		{
			displayName: 'Property',
			name: 'property',
			type: 'string',
			default: '',
			placeholder: 'e.g. Created or FromPerson.Email',
			description: 'Property to filter on; dotted paths reach child objects',
			routing: {
				send: {
					type: 'query',
					property: '={{ $value + ($parent.operator || "") }}',
					propertyInDotNotation: false,
					value: '={{ $parent.operator === "__isnull" ? String($parent.value !== "false") : $parent.value }}',
				},
			},
		},
		{
			displayName: 'Operator',
			name: 'operator',
			type: 'options',
			options: FILTER_OPERATORS,
			default: '',
		},
		{
			displayName: 'Value',
			name: 'value',
			type: 'string',
			default: '',
			placeholder: 'e.g. 2024-01-01',
			description: 'For Is Null, "true" or "false"',
		},
	],
};

/** Get Many filters: the resource's common ones plus free conditions with Outseta's operators. */
export function filtersField(common: INodeProperties[]): INodeProperties {
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
				description: 'Conditions are combined with AND',
				options: [conditionCollection],
			},
		],
	};
}

export const doNotLogOption: INodeProperties = {
	displayName: 'Do Not Log Activity',
	name: 'donotlog',
	type: 'boolean',
	default: false,
	description: 'Whether to keep this call out of the Outseta activity log',
	routing: { send: { type: 'query', property: 'donotlog', value: '={{ $value ? 1 : undefined }}' } },
};

export const fieldsOption: INodeProperties = {
	displayName: 'Fields',
	name: 'fields',
	type: 'string',
	default: '',
	placeholder: 'e.g. Uid,Email,PersonAccount.Account.Uid',
	description:
		'Comma-separated properties to return; dotted paths reach child objects (pages then hold 25 records). Turn off Simplify to see them all.',
	routing: { send: { type: 'query', property: 'fields' } },
};

export const getManyOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		doNotLogOption,
		fieldsOption,
		{
			displayName: 'Sort By',
			name: 'sortBy',
			type: 'string',
			default: '',
			placeholder: 'e.g. Created',
			description: 'Property to sort the results by',
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

export const getOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [doNotLogOption, fieldsOption],
};

export const writeOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [doNotLogOption],
};
