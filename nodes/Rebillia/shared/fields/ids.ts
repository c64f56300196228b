import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { locatorField } from '../../../shared/fields';
import { mergeBody } from './body';
import { readId } from './read';
import { DYNAMIC_DESCRIPTION } from './units';

/** Ids that pick records: checked as whole numbers before sending, from a picker, a text box or a dropdown. */

/** Where a checked id also goes: into the body or the query, as a number (path ids are placed by the operation). */
export interface IdSend {
	type: 'body' | 'query';
	property: string;
}

/** A preSend refusing an id that is not a whole number (typed, or from an expression), and sending it where asked. */
function idPreSend(options: { name: string; label: string; example: number; send?: IdSend; collection?: string }) {
	const parameterPath = options.collection ? `${options.collection}.${options.name}` : options.name;
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const id = readId(this, `"${options.label}"`, this.getNodeParameter(parameterPath, '', { extractValue: true }), options.example);
		if (id === undefined || !options.send) return requestOptions;
		if (options.send.type === 'body') return mergeBody(requestOptions, { [options.send.property]: id });
		requestOptions.qs = { ...requestOptions.qs, [options.send.property]: id };
		return requestOptions;
	};
}

export interface IdOptions {
	displayName: string;
	name: string;
	description?: string;
	example?: number;
	required?: boolean;
	send?: IdSend;
	/** The collection holding this field, if any. */
	collection?: string;
}

/** A record picked From List (a list search of the node) or By ID, digits only. */
export function idLocator(options: IdOptions & { noun: string; search?: string }): INodeProperties {
	const example = options.example ?? 4;
	return {
		...locatorField({
			displayName: options.displayName,
			name: options.name,
			noun: options.noun,
			searchListMethod: options.search,
			idPlaceholder: `e.g. ${example}`,
			idPattern: { regex: '^\\s*\\d+\\s*$', message: `A Rebillia ID is a whole number, e.g. ${example}` },
			required: options.required,
			description: options.description,
		}),
		routing: { send: { preSend: [idPreSend({ ...options, label: options.displayName, example })] } },
	};
}

/** A record by its id only (no list to pick from): a text field taking digits. */
export function idField(options: IdOptions & { description: string }): INodeProperties {
	const example = options.example ?? 4;
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'string',
		required: options.required ?? true,
		default: '',
		placeholder: `e.g. ${example}`,
		description: options.description,
		routing: { send: { preSend: [idPreSend({ ...options, label: options.displayName, example })] } },
	};
}

/** A record picked from a dropdown of the account's records ("… Name or ID"), or an id from an expression. */
export function idDropdown(options: Omit<IdOptions, 'displayName'> & { label: string; loadOptions: string }): INodeProperties {
	return {
		displayName: `${options.label} Name or ID`,
		name: options.name,
		type: 'options',
		typeOptions: { loadOptionsMethod: options.loadOptions },
		required: options.required ?? true,
		default: '',
		description: options.description ? `${options.description}. ${DYNAMIC_DESCRIPTION}.` : DYNAMIC_DESCRIPTION,
		routing: { send: { preSend: [idPreSend({ ...options, label: options.label, example: options.example ?? 4 })] } },
	};
}
