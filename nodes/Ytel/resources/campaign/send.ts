import type { INodeProperties } from 'n8n-workflow';
import { keyValueBodyField } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { e164 } from '../../shared/phone';
import { campaignLocator, computedBodyField, extraProperties, readTextList } from '../campaignKit';

/** Send Campaign: to a contact by ID, or to contact data Ytel files under the keys (creating the contact when no key matches). */

const forData = { show: { sendTo: ['contactData'] } };

const sendTo: INodeProperties = {
	displayName: 'Send To',
	name: 'sendTo',
	type: 'options',
	noDataExpression: true,
	default: 'contact',
	options: [
		{ name: 'Contact', value: 'contact', description: 'A contact of the account, by ID' },
		{ name: 'Contact Data', value: 'contactData', description: 'Contact data and keys: Ytel updates the contact a key finds, or creates one' },
	],
};

const contactId: INodeProperties = {
	displayName: 'Contact ID',
	name: 'contactId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. da54d682-4d48-4f13-a4ee-07c850c05bb8',
	displayOptions: { show: { sendTo: ['contact'] } },
	routing: { send: { type: 'body', property: 'contactId' } },
};

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

const contactKeys = computedBodyField(
	{
		displayName: 'Contact Keys',
		name: 'keys',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. +19492221234, roy@example.com',
		description: 'Keys that identify the contact (a phone number, an email, your own ID), separated by commas',
		displayOptions: forData,
	},
	'keys',
	(value) => readTextList(value),
);

const CONTACT_DATA = 'contactData';
const contactData: INodeProperties = {
	displayName: 'Contact Data',
	name: CONTACT_DATA,
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	displayOptions: forData,
	options: [
		computedBodyField({ displayName: 'First Name', name: 'firstname', type: 'string', default: '', placeholder: 'e.g. Roy' }, 'extData.firstname', text, CONTACT_DATA),
		computedBodyField({ displayName: 'Last Name', name: 'lastname', type: 'string', default: '', placeholder: 'e.g. Tester' }, 'extData.lastname', text, CONTACT_DATA),
		computedBodyField(
			{ displayName: 'Phone Number', name: 'phonenumber1', type: 'string', default: '', placeholder: 'e.g. +14155550123', description: 'In E.164 format' },
			'extData.phonenumber1',
			function (value, label) {
				return text(value) === undefined ? undefined : e164(this, label, value);
			},
			CONTACT_DATA,
		),
		computedBodyField(
			{ displayName: 'Email', name: 'email1', type: 'string', default: '', placeholder: 'e.g. name@email.com' },
			'extData.email1',
			text,
			CONTACT_DATA,
		),
		keyValueBodyField({
			displayName: 'Other Data',
			name: 'otherData',
			description: 'More keys of the contact data, e.g. city1 or a key of your own',
			target: 'extData',
			collection: CONTACT_DATA,
			namePlaceholder: 'e.g. city1',
		}),
		computedBodyField(
			{
				displayName: 'Conflict Mode',
				name: 'conflictMode',
				type: 'options',
				default: 'OVERWRITE',
				options: [
					{ name: 'Append', value: 'APPEND', description: 'Add to the data of the contact a key finds' },
					{ name: 'Overwrite', value: 'OVERWRITE', description: 'Write these keys over the data of the contact a key finds' },
					{ name: 'Reject', value: 'REJECT', description: 'Refuse when a key finds a contact' },
					{ name: 'Replace', value: 'REPLACE', description: 'Replace the whole data of the contact a key finds' },
				],
			},
			'conflictMode',
			text,
			CONTACT_DATA,
		),
	],
};

const campaignVariables = keyValueBodyField({
	displayName: 'Campaign Variables',
	name: 'campaignVariables',
	description: 'Values the campaign workflow reads for this send (campaignExtData)',
	target: 'campaignExtData',
	namePlaceholder: 'e.g. variablename',
});

const sendOptions: INodeProperties = {
	displayName: 'Options',
	name: 'sendOptions',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [extraProperties('sendOptions', '{"campaignExtData": {"coupon": "SPRING"}}')],
};

export const sendCampaign = defineOperation(ytel, {
	value: 'send',
	name: 'Send',
	action: 'Send a campaign to a contact',
	description: 'Start the campaign workflow for one contact, by ID or by contact data',
	method: 'POST',
	path: '/v4/campaign/{campaignId}/send',
	properties: [campaignLocator, sendTo, contactId, contactKeys, contactData, campaignVariables, sendOptions],
});
