import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyCollection,
	INodePropertyOptions,
} from 'n8n-workflow';
import {
	bodyField,
	deepMerge,
	jsonBodyField,
	keyValueBodyField,
	limitField,
	locatorField,
	returnAllField,
	simplifyField,
	UNLESS_BLANK,
} from '../../shared/fields';

export { bodyField };

// ------------------------------------------------------------------------------------------
// Outseta's numbered values (the collection's descriptions)

const optionsOf = (labels: Record<number, string>): INodePropertyOptions[] =>
	Object.entries(labels)
		.map(([value, name]) => ({ name, value: Number(value) }))
		.sort((a, b) => a.name.localeCompare(b.name));

export const ACCOUNT_STAGE_LABELS: Record<number, string> = {
	1: 'Demo',
	2: 'Trialing',
	3: 'Subscribing',
	4: 'Cancelling',
	5: 'Expired',
	6: 'Trial Expired',
	7: 'Past Due',
};
export const accountStageOptions = optionsOf(ACCOUNT_STAGE_LABELS);

/** BillingRenewalTerm: 1 Monthly, 2 Annual, 3 Quarterly, 4 One-time. */
export const billingRenewalTermOptions = optionsOf({ 1: 'Monthly', 2: 'Annually', 3: 'Quarterly', 4: 'One Time' });

/** Activity EntityType: what an activity is about. */
export const entityTypeOptions = optionsOf({ 1: 'Account', 2: 'Person', 3: 'Deal' });

/** Case Source: where a support case came from. */
export const caseSourceOptions = optionsOf({ 1: 'Website', 2: 'Email', 3: 'Facebook', 4: 'Twitter' });
export const caseStatusOptions = optionsOf({ 1: 'Open', 2: 'Closed' });

/** The 29 activity types of "Get all activities", by name. */
export const ACTIVITY_TYPE_LABELS: Record<number, string> = {
	10: 'Custom Activity',
	50: 'Note',
	51: 'Email',
	52: 'Phone Call',
	53: 'Meeting',
	100: 'Account Created',
	101: 'Account Updated',
	102: 'Account Person Added',
	103: 'Account Stage Changed',
	104: 'Account Deleted',
	105: 'Account Billing Information Updated',
	200: 'Person Created',
	201: 'Person Updated',
	202: 'Person Deleted',
	203: 'Person Logged In',
	204: 'Person Subscribed to List',
	205: 'Person Unsubscribed from List',
	206: 'Person Added to Segment',
	207: 'Person Removed from Segment',
	208: 'Person Opened Email',
	209: 'Person Clicked Email',
	210: 'Person Email Bounced',
	211: 'Person Marked Email as Spam',
	212: 'Person Support Ticket Created',
	213: 'Person Support Ticket Updated',
	300: 'Deal Created',
	301: 'Deal Updated',
	302: 'Deal Person Added',
	303: 'Deal Account Added',
};
export const activityTypeOptions = optionsOf(ACTIVITY_TYPE_LABELS);

// ------------------------------------------------------------------------------------------
// Pickers

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
export const dealLocator = locatorField({
	displayName: 'Deal',
	name: 'dealId',
	noun: 'deal',
	searchListMethod: 'searchDeals',
	idPlaceholder: 'e.g. Gn9DxQ2y',
});
export const caseLocator = locatorField({
	displayName: 'Support Case',
	name: 'caseId',
	noun: 'support case',
	searchListMethod: 'searchCases',
	idPlaceholder: 'e.g. dQGxEz94',
});
export const planLocator = locatorField({
	displayName: 'Plan',
	name: 'planId',
	noun: 'plan',
	searchListMethod: 'searchPlans',
	idPlaceholder: 'e.g. VdQG094Y',
});
export const articleLocator = locatorField({
	displayName: 'Article',
	name: 'articleId',
	noun: 'article',
	searchListMethod: 'searchArticles',
	idPlaceholder: 'e.g. y9qxBr3Q',
});
export const subscriptionIdField = locatorField({
	displayName: 'Subscription',
	name: 'subscriptionId',
	noun: 'subscription',
	idPlaceholder: 'e.g. LmJM6VQP',
	description: "The subscription's Uid (an account's CurrentSubscription.Uid)",
});

/** The same picker, also sent as `{property}.Uid` in the body. */
export function inBody(locator: INodeProperties, property: string): INodeProperties {
	return { ...locator, routing: { send: { type: 'body', property: `${property}.Uid` } } };
}

export const accountLocatorInBody = inBody(accountLocator, 'Account');

/** A membership of a person in an account, picked from the account's people. */
export const membershipLocator = locatorField({
	displayName: 'Membership',
	name: 'membershipId',
	noun: 'person on the account',
	searchListMethod: 'searchMemberships',
	idPlaceholder: 'e.g. wDQ2w9V6',
	description:
		"The person's membership in the account: pick the person, or give the membership Uid (listed under Memberships by Account: Get)",
});

/** A Uid typed by hand, for records Outseta has no list of. */
export function uidField(displayName: string, name: string, placeholder: string, description?: string): INodeProperties {
	return { displayName, name, type: 'string', required: true, default: '', placeholder, ...(description ? { description } : {}) };
}

// ------------------------------------------------------------------------------------------
// Plans and renewal terms: written once for every request that starts or changes a subscription

/**
 * The plan and the renewal term of a subscription, sent as `{prefix}Plan.Uid` and
 * `{prefix}BillingRenewalTerm`. `picker`: a searchable plan picker (top-level fields) or a
 * dropdown of the plans (inside collections, where pickers are not offered).
 */
export function planAndTerm(prefix: string, picker: 'locator' | 'dropdown'): INodeProperties[] {
	const plan: INodeProperties =
		picker === 'locator'
			? inBody(planLocator, `${prefix}Plan`)
			: bodyField(
					{
						displayName: 'Plan Name or ID',
						name: 'planUid',
						type: 'options',
						typeOptions: { loadOptionsMethod: 'getPlans' },
						default: '',
						required: true,
						description:
							'The plan to subscribe to. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
					},
					`${prefix}Plan.Uid`,
				);
	return [
		plan,
		bodyField(
			{
				displayName: 'Billing Renewal Term',
				name: 'billingRenewalTerm',
				type: 'options',
				options: billingRenewalTermOptions,
				default: 1,
				description: 'How often the subscription renews and is billed',
			},
			`${prefix}BillingRenewalTerm`,
		),
	];
}

// ------------------------------------------------------------------------------------------
// People, addresses, custom properties

/**
 * An existing person (picker) or a new one (email, first and last name under a heading), sent
 * under `prefix` (e.g. `Person`). `mode` names the choice parameter.
 */
export function personChoice(mode: string, prefix: string, label = 'Person'): INodeProperties[] {
	const show = (value: string) => ({ displayOptions: { show: { [mode]: [value] } } });
	const text = (displayName: string, name: string, key: string, placeholder: string, required = false) => ({
		...bodyField({ displayName, name, type: 'string', default: '', required, placeholder }, `${prefix}.${key}`),
		...show('new'),
	});
	return [
		{
			displayName: label,
			name: mode,
			type: 'options',
			noDataExpression: true,
			default: 'existing',
			options: [
				{ name: 'Existing Person', value: 'existing' },
				{ name: 'New Person', value: 'new' },
			],
		},
		{ ...inBody(personLocator, prefix), ...show('existing') },
		{
			displayName: 'New person: Outseta adds them to the CRM with these details',
			name: 'newPersonHeading',
			type: 'notice',
			default: '',
			...show('new'),
		},
		text('Email', 'personEmail', 'Email', 'e.g. name@email.com', true),
		text('First Name', 'personFirstName', 'FirstName', 'e.g. Ada'),
		text('Last Name', 'personLastName', 'LastName', 'e.g. Lovelace'),
	];
}

const ADDRESS_PARTS: Array<[string, string, string]> = [
	['Address Line 1', 'AddressLine1', 'e.g. 5 Washington Street'],
	['Address Line 2', 'AddressLine2', 'e.g. Suite 7'],
	['Address Line 3', 'AddressLine3', ''],
	['City', 'City', 'e.g. Brookline'],
	['State', 'State', 'e.g. MA'],
	['Postal Code', 'PostalCode', 'e.g. 02446'],
	['Country', 'Country', 'e.g. United States'],
];

/**
 * A mailing or billing address, in `collection`; with `withUid`, the Uid of the address being
 * changed. Parts left empty are not sent, so an update does not blank them. One preSend writes
 * the parts (instead of a route per part), which keeps the node's description small.
 */
export function addressField(displayName: string, bodyProperty: string, collection: string, withUid = false): INodeProperties {
	const parts: Array<[string, string, string]> = [
		...(withUid ? ([['Address Uid', 'Uid', 'Uid of the address to change; empty replaces it']] as Array<[string, string, string]>) : []),
		...ADDRESS_PARTS,
	];
	return {
		displayName,
		name: bodyProperty,
		type: 'fixedCollection',
		placeholder: `Add ${displayName}`,
		default: {},
		options: [
			{
				displayName: 'Address',
				name: 'address',
				values: parts.map(([label, key, hint]) => ({
					displayName: label,
					name: key,
					type: 'string',
					default: '',
					...(key === 'Uid' ? { description: hint } : hint ? { placeholder: hint } : {}),
				})),
			},
		],
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
						const address = ((this.getNodeParameter(`${collection}.${bodyProperty}`, {}) as IDataObject).address ?? {}) as IDataObject;
						const written = Object.fromEntries(
							Object.entries(address)
								.map(([key, value]) => [key, typeof value === 'string' ? value.trim() : value])
								.filter(([, value]) => value !== '' && value !== undefined && value !== null),
						);
						if (Object.keys(written).length) requestOptions.body = deepMerge((requestOptions.body ?? {}) as IDataObject, { [bodyProperty]: written });
						return requestOptions;
					},
				],
			},
		},
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

export function extraPropertiesField(collection: string, example = '{"MailingAddress": {"Country": "Canada"}}'): INodeProperties {
	return jsonBodyField(
		{
			displayName: 'Extra Properties (JSON)',
			name: 'extraProperties',
			description: `More properties as a JSON object, merged into the fields above (objects such as an address merge part by part), e.g. ${example}`,
		},
		collection,
	);
}

/** A text field sent in the body; left blank it is not sent. */
export function textField(displayName: string, name: string, bodyPath: string, placeholder = '', extra: Partial<INodeProperties> = {}): INodeProperties {
	return bodyField({ displayName, name, type: 'string', default: '', ...(placeholder ? { placeholder } : {}), ...extra } as INodeProperties, bodyPath);
}

// ------------------------------------------------------------------------------------------
// Get Many: filters, sorting, fields

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

/** Conditions as query parameters (`Created__gte=…`); one without a property or a value is not sent. */
async function sendConditions(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const conditions = ((this.getNodeParameter('filters.conditions', {}) as IDataObject).condition ?? []) as IDataObject[];
	const qs = (requestOptions.qs ?? {}) as IDataObject;
	for (const condition of conditions) {
		const property = String(condition.property ?? '').trim();
		const operator = String(condition.operator ?? '');
		const value = String(condition.value ?? '').trim();
		if (!property) continue;
		if (operator === '__isnull') qs[`${property}__isnull`] = String(value.toLowerCase() !== 'false');
		else if (value !== '') qs[`${property}${operator}`] = value;
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

export const doNotLogOption: INodeProperties = {
	displayName: 'Do Not Log Activity',
	name: 'donotlog',
	type: 'boolean',
	default: false,
	description: "Whether to keep this call out of the record's activity log in Outseta",
	routing: { send: { type: 'query', property: 'donotlog', value: '={{ $value ? 1 : undefined }}' } },
};

export function fieldsOption(example: string): INodeProperties {
	return {
		displayName: 'Fields',
		name: 'fields',
		type: 'string',
		default: '',
		placeholder: `e.g. ${example}`,
		description:
			'Only these properties, comma-separated; a dotted path also returns properties of a linked record. Lists with dotted paths are read 25 records at a time instead of 100. The result comes as Outseta sends it (not simplified).',
		routing: { send: { type: 'query', property: 'fields', value: UNLESS_BLANK } },
	};
}

/** Get Many's options: sorting by one of the resource's properties (`Created` among them), fields, do not log. */
export function getManyOptions(sortable: string[], fieldsExample: string): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			doNotLogOption,
			fieldsOption(fieldsExample),
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
	simplify?: boolean;
}): INodeProperties[] {
	return [
		returnAllField,
		limitField,
		filtersField(options.filters ?? [], options.conditionPlaceholder),
		getManyOptions(options.sortable, options.fieldsExample),
		...(options.simplify ? [simplifyField] : []),
	];
}

export function getOptions(fieldsExample: string): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [doNotLogOption, fieldsOption(fieldsExample)],
	};
}

export const writeOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [doNotLogOption],
};

/** Additional Fields (or Update Fields) holding `options`. */
export function fieldCollection(name: 'additionalFields' | 'updateFields', options: INodeProperties[]): INodeProperties {
	return {
		displayName: name === 'additionalFields' ? 'Additional Fields' : 'Update Fields',
		name,
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [...options].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	};
}
