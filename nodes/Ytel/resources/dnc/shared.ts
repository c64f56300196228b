import type { INodeProperties, IExecuteSingleFunctions } from 'n8n-workflow';
import { e164 } from '../../shared/phone';

export const SUBTYPES = [
	{ name: 'SMS', value: 'sms' },
	{ name: 'Call', value: 'call' },
	{ name: 'Bypass', value: 'bypass' },
];

export const selector: INodeProperties = {
	displayName: 'Selector',
	name: 'selector',
	type: 'string',
	required: true,
	default: 'CUSTOMER_GLOBAL',
	placeholder: 'e.g. CUSTOMER_GLOBAL',
	description: 'CUSTOMER_GLOBAL for all your numbers, or one of your numbers in E.164 format',
};
export const subtype = (routed: boolean): INodeProperties => ({
	displayName: 'Channel',
	name: 'subtype',
	type: 'options',
	options: SUBTYPES,
	default: 'sms',
	description: 'The channel the entry blocks',
	...(routed ? { routing: { send: { type: 'body' as const, property: 'subtype' } } } : {}),
});

/** A selector: CUSTOMER_GLOBAL, or one of the account's numbers in E.164 (refused by name otherwise). */
export function selectorValue(context: IExecuteSingleFunctions, label: string, value: unknown): string {
	return String(value ?? '').trim() === 'CUSTOMER_GLOBAL' ? 'CUSTOMER_GLOBAL' : e164(context, label, value);
}
