import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { bodyField, deepMerge, jsonBodyField, limitField, locatorField, returnAllField, UNLESS_BLANK } from '../../shared/fields';
import { e164 } from '../shared/phone';

/** An optional text field sent in the body at `bodyPath` (blank: not sent). */
export const text = (displayName: string, name: string, placeholder: string, extra: Partial<INodeProperties> = {}, bodyPath = name) =>
	bodyField({ displayName, name, type: 'string', default: '', placeholder, ...extra } as INodeProperties, bodyPath);

/** A required text field sent in the body. */
export const requiredText = (displayName: string, name: string, placeholder: string, extra: Partial<INodeProperties> = {}, bodyPath = name) =>
	text(displayName, name, placeholder, { required: true, ...extra }, bodyPath);

/** Return All and Limit, for the lists. */
export const listFields: INodeProperties[] = [returnAllField, limitField];

/** Extra Properties (JSON), merged deeply into the body after every typed field: the last field of every body. */
export function extraPropertiesField(example: string, collection?: string): INodeProperties {
	return jsonBodyField(
		{
			displayName: 'Extra Properties (JSON)',
			name: 'extraProperties',
			description: `Any other properties Ytel accepts in this request, as a JSON object merged into the body, e.g. ${example}`,
		},
		collection,
	);
}

function readParameter(context: IExecuteSingleFunctions, path: string): unknown {
	return context.getNodeParameter(path, '', { extractValue: true });
}

function blank(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Writes `value` at a dotted body path (`metadata.contactId`), keeping what is there. */
function writeBody(requestOptions: IHttpRequestOptions, path: string, value: unknown): void {
	const patch: IDataObject = {};
	const parts = path.split('.');
	let cursor = patch;
	for (const part of parts.slice(0, -1)) cursor = cursor[part] = {};
	cursor[parts[parts.length - 1]] = value as IDataObject;
	requestOptions.body = deepMerge((requestOptions.body ?? {}) as IDataObject, patch);
}

/**
 * A phone number sent in the body: E.164, checked before sending by the field's name (spaces,
 * dashes and brackets dropped). Blank and optional: not sent.
 */
export function phoneBodyField(property: Omit<INodeProperties, 'type' | 'default'>, bodyPath = property.name, collection?: string): INodeProperties {
	const path = collection ? `${collection}.${property.name}` : property.name;
	return {
		type: 'string',
		default: '',
		placeholder: 'e.g. +14155550123',
		...property,
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
						const value = readParameter(this, path);
						if (blank(value)) return requestOptions;
						writeBody(requestOptions, bodyPath, e164(this, property.displayName, value));
						return requestOptions;
					},
				],
			},
		},
	};
}

/** A comma-separated list sent as an array of trimmed strings (blank entries dropped; none: not sent); `each` checks or rewrites an entry. */
export function listBodyField(
	property: Omit<INodeProperties, 'type' | 'default'>,
	bodyPath = property.name,
	collection?: string,
	options: { each?: (context: IExecuteSingleFunctions, label: string, value: string) => string } = {},
): INodeProperties {
	const path = collection ? `${collection}.${property.name}` : property.name;
	return {
		type: 'string',
		default: '',
		...property,
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
						const value = readParameter(this, path);
						const entries = (Array.isArray(value) ? value : String(value ?? '').split(','))
							.map((entry) => String(entry).trim())
							.filter((entry) => entry !== '');
						if (!entries.length) return requestOptions;
						writeBody(requestOptions, bodyPath, options.each ? entries.map((entry) => options.each!(this, property.displayName, entry)) : entries);
						return requestOptions;
					},
				],
			},
		},
	};
}

/** A resource locator whose value goes into the body (the path ones are filled by the operation). */
export function locatorBodyField(locator: INodeProperties, bodyPath: string): INodeProperties {
	return {
		...locator,
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
						const value = readParameter(this, locator.name);
						if (blank(value)) return requestOptions;
						writeBody(requestOptions, bodyPath, String(value).trim());
						return requestOptions;
					},
				],
			},
		},
	};
}

/**
 * Refuses a request whose one-of group is empty (e.g. neither To nor Contact), by the group's
 * fields; nothing is sent.
 */
export function requireOneOf(context: IExecuteSingleFunctions, body: IDataObject, group: string, keys: string[], labels: string[]): void {
	if (keys.some((key) => !blank(body[key]))) return;
	throw new NodeOperationError(context.getNode(), `${group}: enter ${labels.join(' or ')}`, {
		itemIndex: context.getItemIndex(),
		description: `Ytel needs one of ${labels.map((label) => `"${label}"`).join(' or ')}. Nothing was sent to Ytel.`,
	});
}

export const UUID_PLACEHOLDER = 'e.g. da54d682-4d48-4f13-a4ee-07c850c05bb8';

export const contactLocator = (name = 'contactId', required = true): INodeProperties =>
	locatorField({
		displayName: 'Contact',
		name,
		noun: 'contact',
		searchListMethod: 'searchContacts',
		idPlaceholder: UUID_PLACEHOLDER,
		required,
		description: 'The Ytel contact (its contact ID)',
	});

export const templateLocator: INodeProperties = locatorField({
	displayName: 'SMS Template',
	name: 'templateId',
	noun: 'SMS template',
	searchListMethod: 'searchSmsTemplates',
	idPlaceholder: 'e.g. 5dabc780-3a34-11e9-b009-c14bf1e5a058',
	description: 'The SMS template (its template ID)',
});

export const inboxLocator = (required = true): INodeProperties =>
	locatorField({
		displayName: 'Inbox',
		name: 'inboxName',
		noun: 'inbox',
		searchListMethod: 'searchInboxes',
		idPlaceholder: 'e.g. testbox',
		required,
		description: 'The inbox, by its name',
	});

export { UNLESS_BLANK };

/** The binary property a file upload reads, and the form field Ytel takes it in. */
export function binaryField(description: string): INodeProperties {
	return {
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		placeholder: 'e.g. data',
		hint: 'The name of the input binary field containing the file to be uploaded',
		description,
	};
}

/**
 * A multipart/form-data body: the input item's file in `fileField` plus plain fields (blank ones
 * left out), written by hand so no dependency is needed. Runs as the operation's last preSend.
 */
export function multipartBody(fileField: string, fields: (context: IExecuteSingleFunctions) => Record<string, unknown> = () => ({})) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const property = String(this.getNodeParameter('binaryPropertyName', 'data')).trim();
		const binary = this.helpers.assertBinaryData(property);
		const content = await this.helpers.getBinaryDataBuffer(property);
		const boundary = `----n8nYtel${Date.now().toString(16)}${Math.random().toString(16).slice(2)}`;
		const parts: Buffer[] = [];
		for (const [name, value] of Object.entries(fields(this))) {
			if (blank(value)) continue;
			parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${String(value)}\r\n`, 'utf8'));
		}
		const fileName = (binary.fileName ?? 'upload').replace(/["\r\n]/g, '_');
		parts.push(
			Buffer.from(
				`--${boundary}\r\nContent-Disposition: form-data; name="${fileField}"; filename="${fileName}"\r\nContent-Type: ${binary.mimeType || 'application/octet-stream'}\r\n\r\n`,
				'utf8',
			),
			content,
			Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8'),
		);
		requestOptions.body = Buffer.concat(parts);
		requestOptions.json = false;
		requestOptions.headers = { ...requestOptions.headers, 'Content-Type': `multipart/form-data; boundary=${boundary}` };
		return requestOptions;
	};
}

/** The conflict modes Ytel applies when a contact's keys are already taken. */
export const conflictModeOptions = [
	{ name: 'Append', value: 'APPEND', description: 'Add the new data to the existing contact' },
	{ name: 'Overwrite', value: 'OVERWRITE', description: 'Overwrite the existing contact with the new data' },
	{ name: 'Reject', value: 'REJECT', description: 'Refuse the contact whose keys are taken' },
	{ name: 'Replace', value: 'REPLACE', description: 'Replace the existing contact’s data (Ytel’s default)' },
];
