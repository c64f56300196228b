import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { bodyField, jsonBodyField, locatorField } from '../../shared/fields';
import { leadTimestamp } from './leads';

/** XONVO's account ids are numbers; anything else is refused before sending. */
export async function requireNumericAccount(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const value = String(this.getNodeParameter('accountId', '', { extractValue: true }) ?? '').trim();
	if (value !== '' && !/^\d+$/.test(value)) {
		throw new NodeOperationError(this.getNode(), '"Account" must be a numeric account ID', {
			itemIndex: this.getItemIndex(),
			description: `"${value}" is not a XONVO account ID; Account: Create returns one, e.g. 18.`,
		});
	}
	return requestOptions;
}

/** XONVO has no list endpoints: accounts and leads are picked by id. */
export const accountIdField: INodeProperties = {
	...locatorField({
		displayName: 'Account',
		name: 'accountId',
		noun: 'account',
		idPlaceholder: 'e.g. 18',
		idPattern: { regex: '^\\s*\\d+\\s*$', message: 'An account ID is a number, e.g. 18' },
		description: 'The XONVO account, by its numeric ID (Account: Create returns it)',
	}),
	routing: { send: { preSend: [requireNumericAccount] } },
};

export const leadExternalIdField: INodeProperties = {
	displayName: 'Lead External ID',
	name: 'leadExternalId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. CRM-4711',
	description: 'The External ID the lead was added with',
};

export const text = (displayName: string, name: string, placeholder: string, extra: Partial<INodeProperties> = {}) =>
	bodyField({ displayName, name, type: 'string', default: '', placeholder, ...extra } as INodeProperties, name);

/**
 * The lead's acquisition time: a date picked in the editor (or `{{ $now }}`, ISO text, or text
 * already in XONVO's format), sent as `MM-dd-yyyy HH:mm:ss` in the workflow's timezone.
 */
export function acquiredAtField(parameterPath = 'timestamp'): INodeProperties {
	return {
		displayName: 'Acquired At',
		name: 'timestamp',
		type: 'dateTime',
		default: '',
		description: 'When the lead was acquired; empty means now. Sent in the workflow timezone as MM-dd-yyyy HH:mm:ss.',
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
						const raw = this.getNodeParameter(parameterPath, '');
						const timestamp = leadTimestamp(raw, this.getTimezone());
						if (timestamp === undefined) {
							throw new NodeOperationError(this.getNode(), `"Acquired At" is not a date: "${String(raw)}"`, {
								itemIndex: this.getItemIndex(),
							});
						}
						requestOptions.body = { ...(requestOptions.body as IDataObject), timestamp };
						return requestOptions;
					},
				],
			},
		},
	};
}

export function extraPropertiesField(collection: string, example: string): INodeProperties {
	return jsonBodyField(
		{
			displayName: 'Extra Properties (JSON)',
			name: 'extraProperties',
			description: `More body properties as a JSON object, merged over the fields above, e.g. ${example}`,
		},
		collection,
	);
}
