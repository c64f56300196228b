import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { simplifyField } from '../../shared/fields';
import { numberLocator } from '../numbers/fields';
import { CALLBACK_FIELDS, NUMBER_EVENTS, type WebhookEvent } from './events';

export const EVENT_OPTIONS: Array<INodePropertyOptions & { value: WebhookEvent }> = [
	{ name: 'Inbound SMS', value: 'inboundSms', description: 'A message arrives at the number (its SMS URL)' },
	{ name: 'Inbound Call', value: 'inboundCall', description: 'A call comes in on the number (its voice URL)' },
	{ name: 'Call Ended', value: 'callEnded', description: 'A call on the number ends (its hang-up callback URL)' },
	{
		name: 'Campaign Workflow Callback',
		value: 'campaignCallback',
		description: 'A campaign workflow step calls back for a contact (a callback configuration)',
	},
];

const onNumber = { displayOptions: { show: { event: NUMBER_EVENTS } } };
const onCallback = { displayOptions: { show: { event: ['campaignCallback'] } } };

/** The number picker of the Ytel Numbers node; typed numbers in E.164. */
const numberPicker: INodeProperties = {
	...numberLocator,
	description: 'The number of your account whose calls or messages start the workflow',
	modes: (numberLocator.modes ?? []).map((mode) => (mode.name === 'id' ? { ...mode, displayName: 'By Number' } : mode)),
	...onNumber,
};

export const properties: INodeProperties[] = [
	{
		displayName: 'Event',
		name: 'event',
		type: 'options',
		noDataExpression: true,
		options: EVENT_OPTIONS,
		default: 'inboundSms',
	},
	numberPicker,
	{
		displayName:
			'On activation the number is pointed at this workflow; on deactivation it gets its earlier URL back. A number in a number set takes the set’s settings whenever the set is edited, which would cut it off from n8n.',
		name: 'numberNotice',
		type: 'notice',
		default: '',
		...onNumber,
	},
	{
		displayName: 'Contact Fields',
		name: 'callbackFields',
		type: 'multiOptions',
		options: CALLBACK_FIELDS.map(({ name, value }) => ({ name, value })),
		default: ['CONTACT_ID', 'PHONENUMBER1'],
		description: 'What Ytel sends for each contact the campaign step reaches',
		...onCallback,
	},
	{
		displayName: 'Other Contact Fields',
		name: 'otherCallbackFields',
		type: 'string',
		default: '',
		placeholder: 'e.g. zip1, city1',
		description: 'More contact data fields or campaign variables to send, by name, separated by commas',
		...onCallback,
	},
	{
		displayName: 'Configuration Name',
		name: 'configurationName',
		type: 'string',
		default: '',
		placeholder: 'e.g. n8n: new leads',
		description: 'The name the callback gets in Ytel, to pick it in a campaign workflow step. Empty: "n8n: " and the workflow’s name.',
		...onCallback,
	},
	{
		displayName:
			'On activation a callback configuration is made in Ytel; add it to a step of your campaign’s workflow. On deactivation it is deleted.',
		name: 'callbackNotice',
		type: 'notice',
		default: '',
		...onCallback,
	},
	{ ...simplifyField, description: 'Whether to output only the body Ytel sent, instead of its body, query and headers' },
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		...onNumber,
		options: [
			{
				displayName: 'Replace the Existing URL',
				name: 'replaceExistingUrl',
				type: 'boolean',
				default: false,
				description:
					'Whether to point the number at this workflow even when it already calls another URL for this event (that URL comes back on deactivation)',
			},
			{
				displayName: 'Accept a Number in a Number Set',
				name: 'allowNumberSet',
				type: 'boolean',
				default: false,
				description: 'Whether to go ahead when the number belongs to a number set, whose settings replace the number’s whenever the set is edited',
			},
		],
	},
];
