import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import type { Operation } from '../../shared/operations';
import { defineOperation } from '../../shared/operations';
import type { TextAnswerLayout } from '../../shared/textAnswer';
import { readTextAnswer } from '../../shared/textAnswer';
import { AGENT_PATH, ytelX5 } from './api';

/** The value the x5 API reads as "clear this field" (an empty value would be left out). */
export const BLANK = '--BLANK--';

/** Ytel's limits of an agent's user name (VICIdial user IDs). */
const AGENT_USER_LENGTH = { min: 2, max: 20 };

function blank(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function setQuery(requestOptions: IHttpRequestOptions, name: string, value: unknown): void {
	requestOptions.qs = { ...(requestOptions.qs as IDataObject), [name]: value as IDataObject[keyof IDataObject] };
}

/** A field whose value is checked (and possibly rewritten) before it is sent as query `queryName`; blank: not sent. */
function checkedQueryField(
	property: INodeProperties,
	queryName: string,
	check: (context: IExecuteSingleFunctions, label: string, value: string) => string,
	path = property.name,
): INodeProperties {
	return {
		...property,
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
						const value = this.getNodeParameter(path, '') as unknown;
						if (blank(value)) return requestOptions;
						setQuery(requestOptions, queryName, check(this, property.displayName, String(value).trim()));
						return requestOptions;
					},
				],
			},
		},
	};
}

/** An optional text sent as query `queryName` (blank: not sent). */
export function x5Text(displayName: string, queryName: string, placeholder: string, extra: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName,
		name: extra.name ?? camel(queryName),
		type: 'string',
		default: '',
		placeholder,
		...extra,
		routing: { send: { type: 'query', property: queryName, propertyInDotNotation: false } },
	};
}

/** A choice sent as query `queryName`; an empty choice value sends nothing. */
export function x5Choice(
	displayName: string,
	queryName: string,
	options: INodePropertyOptions[],
	extra: Partial<INodeProperties> = {},
): INodeProperties {
	const property: INodeProperties = {
		displayName,
		name: extra.name ?? camel(queryName),
		type: 'options',
		options,
		default: '',
		...extra,
		routing: { send: { type: 'query', property: queryName, propertyInDotNotation: false } },
	};
	// The first choice unless told otherwise.
	if (extra.default === undefined) property.default = options[0].value;
	return property;
}

/** `agent_user` → `agentUser`. */
export function camel(name: string): string {
	return name.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

function refuse(context: IExecuteSingleFunctions, label: string, message: string): never {
	throw new NodeOperationError(context.getNode(), `"${label}" ${message}`, { itemIndex: context.getItemIndex() });
}

/** The agent whose live session the function acts on: 2 to 20 characters, checked before sending. */
export const agentUser: INodeProperties = checkedQueryField(
	{
		displayName: 'Agent User',
		name: 'agentUser',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 1000',
		description: 'The user ID of the agent whose session to act on (2 to 20 characters)',
	},
	'agent_user',
	(context, label, value) => {
		if (value.length < AGENT_USER_LENGTH.min || value.length > AGENT_USER_LENGTH.max) {
			refuse(context, label, `must have ${AGENT_USER_LENGTH.min} to ${AGENT_USER_LENGTH.max} characters (it has ${value.length})`);
		}
		return value;
	},
);

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * A date as Ytel's x5 API reads it: `YYYY-MM-DD` (with ` HH:MM:SS` when `withTime`), the wall
 * clock as entered (no time zone is applied: the API reads the contact centre's own). Accepts the
 * editor's date picker (`2026-01-25T12:00:00`) and typed text; anything else is refused by name.
 */
export function x5DateValue(context: IExecuteSingleFunctions, label: string, value: string, withTime: boolean): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
	const shape = withTime ? 'YYYY-MM-DD HH:MM:SS' : 'YYYY-MM-DD';
	if (!match) refuse(context, label, `must be a date written ${shape} (got "${value}")`);
	const [, year, month, day, hour = '00', minute = '00', second = '00'] = match;
	const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)));
	if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day) || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) {
		refuse(context, label, `is not a real date (got "${value}")`);
	}
	const day10 = `${year}-${month}-${day}`;
	return withTime ? `${day10} ${pad(Number(hour))}:${minute}:${second}` : day10;
}

/** A date sent as query `queryName` (see `x5DateValue`); `path` when the field sits in a collection. */
export function x5DateField(property: Omit<INodeProperties, 'type' | 'default'>, queryName: string, withTime: boolean, path?: string): INodeProperties {
	return checkedQueryField(
		{ type: 'string', default: '', placeholder: withTime ? 'e.g. 2026-01-25 12:00:00' : 'e.g. 1980-05-17', ...property } as INodeProperties,
		queryName,
		(context, label, value) => x5DateValue(context, label, value, withTime),
		path,
	);
}

export interface X5OperationSpec {
	/** The API's `function=` value: the operation fixes it. */
	function: string;
	value: string;
	name: string;
	action: string;
	description: string;
	properties?: INodeProperties[];
	answer: TextAnswerLayout;
	/** The script, below the contact centre's address. */
	path?: string;
}

/** One x5 function as an operation: a GET with its `function=` fixed and its text answer read into items. */
export function x5Operation(spec: X5OperationSpec): Operation {
	return defineOperation(ytelX5, {
		value: spec.value,
		name: spec.name,
		action: spec.action,
		description: spec.description,
		method: 'GET',
		path: spec.path ?? AGENT_PATH,
		query: { function: spec.function },
		properties: spec.properties ?? [],
		answer: (body) => readTextAnswer(body, spec.answer),
	});
}
