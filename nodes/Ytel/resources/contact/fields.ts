import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { keyValueBodyField } from '../../../shared/fields';
import { listBodyField, phoneBodyField, text } from '../common';

const COLLECTION = 'extData';
const data = (displayName: string, key: string, placeholder: string) => text(displayName, key, placeholder, {}, `extData.${key}`);
const phone = (displayName: string, key: string) => phoneBodyField({ displayName, name: key }, `extData.${key}`, COLLECTION);

/** The contact's data (Ytel's `extData`): the usual fields typed, any other key as a pair. */
export const contactDataField: INodeProperties = {
	displayName: 'Contact Data',
	name: COLLECTION,
	type: 'collection',
	placeholder: 'Add Contact Field',
	default: {},
	description: 'The contact’s fields; only the fields added here are sent',
	options: [
		data('First Name', 'firstname', 'e.g. John'),
		data('Last Name', 'lastname', 'e.g. Tester'),
		phone('Phone Number 1', 'phonenumber1'),
		phone('Phone Number 2', 'phonenumber2'),
		phone('Phone Number 3', 'phonenumber3'),
		data('Email 1', 'email1', 'e.g. name@email.com'),
		data('Email 2', 'email2', 'e.g. name@email.com'),
		data('Address 1', 'address1', 'e.g. 1101 Northshore Dr.'),
		data('City 1', 'city1', 'e.g. Columbia'),
		data('State 1', 'state1', 'e.g. MO'),
		data('Zip 1', 'zip1', 'e.g. 65203'),
		data('Country 1', 'country1', 'e.g. US'),
		data('External Contact Key', 'externalcontactkey', 'e.g. CRM-4711'),
		data('Notes', 'notes', 'e.g. Met at the trade show'),
		keyValueBodyField({
			displayName: 'More Fields',
			name: 'moreFields',
			collection: COLLECTION,
			target: 'extData',
			description: 'Any other contact field, by its Ytel variable name',
			namePlaceholder: 'e.g. variablename',
		}),
	],
};

export const keysField = listBodyField({
	displayName: 'Keys',
	name: 'keys',
	placeholder: 'e.g. +17142220000, john@example.com',
	description: 'Unique lookup keys of the contact (phone numbers, emails, your own IDs), separated by commas. A key another contact holds is refused.',
});

export const removeKeysField = listBodyField({
	displayName: 'Keys to Remove',
	name: 'rmkeys',
	placeholder: 'e.g. myolduniqueid',
	description: 'Keys to take off the contact, separated by commas',
});

export const STATEMENT_OPERATIONS = [
	{ name: 'Contains', value: 'contains' },
	{ name: 'Equal', value: 'equal' },
	{ name: 'Equals', value: 'equals' },
	{ name: 'Exists', value: 'exists' },
];

/**
 * Search statements as a fixed collection: `{variable, operation, value?, negated?}` each;
 * `negated` is sent only when set, `value` only when entered. `bodyPath` is where the array goes.
 */
export function statementsField(bodyPath: string, withNegated: boolean): INodeProperties {
	return {
		displayName: 'Statements',
		name: 'statements',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Statement',
		default: {},
		description: 'Conditions on contact fields; a contact must meet all of them',
		options: [
			{
				displayName: 'Statement',
				name: 'statement',
				values: [
					{ displayName: 'Variable', name: 'variable', type: 'string', default: '', placeholder: 'e.g. firstname', description: 'The contact field to test' },
					{ displayName: 'Operation', name: 'operator', type: 'options', options: STATEMENT_OPERATIONS, default: 'contains' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '', placeholder: 'e.g. John', description: 'Not needed for Exists' },
					...(withNegated
						? [{ displayName: 'Negated', name: 'negated', type: 'boolean' as const, default: false, description: 'Whether to match the contacts that do NOT meet this statement' }]
						: []),
				],
			},
		],
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
						const rows = ((this.getNodeParameter('statements', {}) as IDataObject).statement ?? []) as IDataObject[];
						const statements = rows
							.filter((row) => String(row.variable ?? '').trim() !== '')
							.map((row) => ({
								variable: String(row.variable).trim(),
								operation: row.operator,
								...(String(row.value ?? '') !== '' ? { value: row.value } : {}),
								...(withNegated ? { negated: row.negated === true } : {}),
							}));
						if (!statements.length) return requestOptions;
						const body = (requestOptions.body ?? {}) as IDataObject;
						const [head, tail] = bodyPath.split('.');
						if (tail) body[head] = { ...((body[head] ?? {}) as IDataObject), [tail]: statements };
						else body[head] = statements;
						requestOptions.body = body;
						return requestOptions;
					},
				],
			},
		},
	};
}
