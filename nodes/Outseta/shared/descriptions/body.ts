import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { bodyField, deepMerge, jsonBodyField, keyValueBodyField } from '../../../shared/fields';

/**
 * Body fields every resource writes the same way: a picker sent in the body, Uids typed by hand,
 * text, addresses, custom and extra properties, and the Additional (or Update) Fields holding them.
 */

/** The same picker, also sent as `{property}.Uid` in the body. */
export function inBody(locator: INodeProperties, property: string): INodeProperties {
	return { ...locator, routing: { send: { type: 'body', property: `${property}.Uid` } } };
}

/** A Uid typed by hand, for records Outseta has no list of. */
export function uidField(displayName: string, name: string, placeholder: string, description?: string): INodeProperties {
	return { displayName, name, type: 'string', required: true, default: '', placeholder, ...(description ? { description } : {}) };
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
