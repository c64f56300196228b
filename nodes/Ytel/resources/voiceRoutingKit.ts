import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { locatorField } from '../../shared/fields';
import { phoneList } from '../numbers/fields';
import { computedBodyField, refuse } from './campaignKit';

/**
 * Pieces shared by the routing, IVR, voicemail, transfer preset, disposition and script
 * resources of the Ytel Voice node.
 */

export const routeTagLocator = (name = 'routeTag'): INodeProperties =>
	locatorField({
		displayName: 'Route Tag',
		name,
		noun: 'route tag',
		searchListMethod: 'searchRouteTags',
		idPlaceholder: 'e.g. buffalo',
		description: 'The route tag, by its name',
	});

export const ivrLocator = locatorField({
	displayName: 'IVR',
	name: 'ivrName',
	noun: 'IVR',
	searchListMethod: 'searchIvrs',
	idPlaceholder: 'e.g. main-menu',
	description: 'The IVR menu, by its name',
});

export const scriptLocator = locatorField({
	displayName: 'Script',
	name: 'scriptId',
	noun: 'script',
	searchListMethod: 'searchScripts',
	idPlaceholder: 'e.g. 0b7f3c10-5e2a-11ec-8d3d-0242ac130003',
	description: 'The call script (its ID)',
});

export const dispositionLocator = locatorField({
	displayName: 'Disposition',
	name: 'dispositionKey',
	noun: 'disposition',
	searchListMethod: 'searchDispositions',
	idPlaceholder: 'e.g. major_sale',
	description: 'The disposition, by its key',
});

/** A locator's value, trimmed (blank: undefined). */
export function locatorValue(context: IExecuteSingleFunctions, name: string): string | undefined {
	const value = String(context.getNodeParameter(name, '', { extractValue: true }) ?? '').trim();
	return value === '' ? undefined : value;
}

/** A locator whose value is sent in the body at `bodyPath` (blank and optional: not sent). */
export function locatorToBody(locator: INodeProperties, bodyPath: string): INodeProperties {
	return computedBodyField(locator, bodyPath, function () {
		return locatorValue(this, locator.name);
	});
}

/** A locator whose value is sent as the query parameter `queryName`. */
export function locatorToQuery(locator: INodeProperties, queryName: string): INodeProperties {
	return {
		...locator,
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
						const value = locatorValue(this, locator.name);
						if (value !== undefined) requestOptions.qs = { ...(requestOptions.qs ?? {}), [queryName]: value };
						return requestOptions;
					},
				],
			},
		},
	};
}

/**
 * A JSON field whose value (an array or an object, typed as JSON text or given by an expression)
 * is sent whole at `bodyPath`; refused by name when it is not JSON of that kind.
 */
export function jsonValueField(property: Omit<INodeProperties, 'type' | 'default'>, kind: 'array' | 'object', bodyPath = property.name, collection?: string): INodeProperties {
	return computedBodyField(
		{ default: kind === 'array' ? '[]' : '{}', ...property, type: 'json' } as INodeProperties,
		bodyPath,
		function (value, label) {
			if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
				if (property.required) refuse(this, `"${label}" is required`, `Enter a value for "${label}". Nothing was sent to Ytel.`);
				return undefined;
			}
			let parsed: unknown = value;
			if (typeof value === 'string') {
				try {
					parsed = JSON.parse(value);
				} catch {
					refuse(this, `"${label}" is not valid JSON`, `Enter ${kind === 'array' ? 'a JSON array, e.g. [{"…": "…"}]' : 'a JSON object, e.g. {"…": "…"}'}. Nothing was sent to Ytel.`);
				}
			}
			const isArray = Array.isArray(parsed);
			if ((kind === 'array') !== isArray || parsed === null || typeof parsed !== 'object') {
				refuse(this, `"${label}" must be a JSON ${kind}`, 'Nothing was sent to Ytel.');
			}
			return parsed as IDataObject;
		},
		collection,
	);
}

/** Phone numbers separated by commas, each checked as E.164 before sending, sent as a list. */
export function phoneListField(property: Omit<INodeProperties, 'type' | 'default'>, bodyPath = property.name): INodeProperties {
	return computedBodyField({ type: 'string', default: '', placeholder: 'e.g. +14155550123, +14155550124', ...property } as INodeProperties, bodyPath, function (value, label) {
		const numbers = phoneList(this, label, value);
		return numbers.length ? numbers : undefined;
	});
}

/** Text separated by commas, sent as a list of strings (blank: not sent). */
export function textListField(property: Omit<INodeProperties, 'type' | 'default'>, bodyPath = property.name, collection?: string): INodeProperties {
	return computedBodyField(
		{ type: 'string', default: '', ...property } as INodeProperties,
		bodyPath,
		(value) => {
			const entries = String(value ?? '')
				.split(',')
				.map((entry) => entry.trim())
				.filter(Boolean);
			return entries.length ? entries : undefined;
		},
		collection,
	);
}
