import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { deepMerge, keyValueBodyField, locatorField } from '../../../shared/fields';
import { phoneList } from '../../numbers/fields';
import { text, UUID_PLACEHOLDER } from '../common';

/** A call: picked from the live calls, or by its call SID. */
export const callLocator = (required = true): INodeProperties =>
	locatorField({
		displayName: 'Call',
		name: 'callSid',
		noun: 'live call',
		searchListMethod: 'searchLiveCalls',
		idPlaceholder: 'e.g. a8aafe80-5aae-11eb-9851-d9f3c95a077a',
		required,
		description: 'The call in progress (its call SID)',
	});

/** Refuses bad input by name; nothing is sent. */
export function refuse(context: IExecuteSingleFunctions, message: string, description?: string): never {
	throw new NodeOperationError(context.getNode(), message, { itemIndex: context.getItemIndex(), ...(description ? { description } : {}) });
}

/**
 * Several phone numbers (commas, semicolons or lines between them) sent as an array, each in
 * E.164; a bad entry is named with its position. None: not sent.
 */
export function phoneListBodyField(property: Omit<INodeProperties, 'type' | 'default'>, bodyPath = property.name): INodeProperties {
	return {
		type: 'string',
		default: '',
		placeholder: 'e.g. +14155550123, +14155550124',
		...property,
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
						const numbers = phoneList(this, property.displayName, this.getNodeParameter(property.name, ''));
						if (numbers.length) requestOptions.body = deepMerge((requestOptions.body ?? {}) as IDataObject, { [bodyPath]: numbers });
						return requestOptions;
					},
				],
			},
		},
	};
}

const METHODS = [
	{ name: 'POST', value: 'POST' },
	{ name: 'GET', value: 'GET' },
];

/** How Ytel asks the InboundXML URL for instructions (POST unless set). */
export const urlMethodOption: INodeProperties = {
	displayName: 'InboundXML URL Method',
	name: 'urlMethod',
	type: 'options',
	options: METHODS,
	default: 'POST',
	description: 'How Ytel requests the InboundXML URL',
	routing: { send: { type: 'body', property: 'urlMethod' } },
};

const booleanOption = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'boolean',
	default: false,
	description,
	routing: { send: { type: 'body', property: name } },
});

/** The options a call and a group call share (Ytel's names), for the collection `collection`. */
export function callOptions(collection: string, extra: INodeProperties[] = []): INodeProperties {
	const options: INodeProperties[] = [
		urlMethodOption,
		text('Status Callback URL', 'statusCallbackUrl', 'e.g. https://example.com/call-ended', { description: 'Ytel posts the call’s result here when it ends' }),
		text('Fallback URL', 'fallbackUrl', 'e.g. https://example.com/call-fallback', { description: 'Used when the status callback URL fails' }),
		text('Heartbeat URL', 'heartbeatCallbackUrl', 'e.g. https://example.com/call-heartbeat', { description: 'Ytel calls it every 60 seconds while the call lasts' }),
		booleanOption('Record', 'record', 'Whether to record the call'),
		text('Recording Callback URL', 'recordCallbackUrl', 'e.g. https://example.com/recording-ready', { description: 'Ytel posts here when the recording is ready' }),
		{
			displayName: 'If a Machine Answers',
			name: 'ifMachine',
			type: 'options',
			options: [
				{ name: 'Continue', value: 'continue' },
				{ name: 'Hang Up', value: 'hangup' },
			],
			default: 'continue',
			description: 'What to do when an answering machine or voicemail picks up',
			routing: { send: { type: 'body', property: 'ifMachine' } },
		},
		text('Machine Callback URL', 'ifMachineCallbackUrl', 'e.g. https://example.com/machine-answered', { description: 'Ytel posts here when a machine answers' }),
		{
			displayName: 'Ring Timeout (Seconds)',
			name: 'timeout',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 30,
			description: 'How long to wait for an answer',
			routing: { send: { type: 'body', property: 'timeout' } },
		},
		text('Digits to Play', 'playDtmf', 'e.g. 1234#', { description: 'Tones played once the call connects: 0-9, * and #' }),
		booleanOption('Hide Caller ID', 'hideCallerId', 'Whether to hide the caller ID'),
		...extra,
		keyValueBodyField({
			displayName: 'Metadata',
			name: 'metadata',
			collection,
			target: 'metadata',
			description: 'Keys and values kept with the call, in its log and callbacks',
			namePlaceholder: 'e.g. leadId',
		}),
	];
	return { displayName: 'Options', name: collection, type: 'collection', placeholder: 'Add Option', default: {}, options };
}

export const numberSetField = text('Number Set ID', 'numberSetId', 'e.g. b33f7d40-2c7d-11eb-bd4b-b3d0bd0d2d8a', {
	description: 'Or a number set to call from (Ytel picks one of its numbers), instead of "From"',
});

/** The InboundXML document that tells Ytel what to do on the call (required by Ytel). */
export const inboundXmlUrl = text('InboundXML URL', 'url', 'e.g. https://example.com/call.xml', {
	required: true,
	description: 'The address of the InboundXML document that tells Ytel what to do once the call connects',
});

export { booleanOption, UUID_PLACEHOLDER };
