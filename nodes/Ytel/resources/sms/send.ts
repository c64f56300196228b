import type { IDataObject } from 'n8n-workflow';
import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { keyValueBodyField } from '../../../shared/fields';
import { contactLocator, extraPropertiesField, locatorBodyField, phoneBodyField, requireOneOf, templateLocator, text } from '../common';

/**
 * Send SMS: three one-of groups (to or contact; from or number set; text, template or media
 * URL), checked on the finished body so the error names the group left empty.
 */
export const send = defineOperation(ytel, {
	value: 'send',
	name: 'Send',
	action: 'Send an SMS',
	description: 'Send an SMS, or an MMS with a media URL, to a phone number or a contact',
	method: 'POST',
	path: '/v4/sms',
	properties: [
		phoneBodyField({ displayName: 'To', name: 'to', description: 'The phone number to send to, in E.164 format. Leave empty to send to a contact instead.' }),
		locatorBodyField({ ...contactLocator('smsContactId', false), description: 'Or the contact to send to (their first phone number), instead of "To"' }, 'contactId'),
		phoneBodyField({ displayName: 'From', name: 'from', description: 'Your Ytel number to send from, in E.164 format. Leave empty to use a number set.' }),
		text('Number Set ID', 'numberSetId', 'e.g. b33f7d40-2c7d-11eb-bd4b-b3d0bd0d2d8a', {
			description: 'Or a number set to send from (Ytel picks one of its numbers), instead of "From"',
		}),
		text('Text', 'text', 'e.g. Hello World!', { typeOptions: { rows: 3 }, description: 'The message. Leave empty to send an SMS template or only a media URL.' }),
		locatorBodyField({ ...templateLocator, name: 'smsTemplateId', required: false, description: 'Or an SMS template to send instead of "Text"; its %%VARIABLES%% are filled from the contact' }, 'smsTemplateId'),
		{
			displayName: 'Options',
			name: 'smsOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				text('Media URL (MMS)', 'mediaUrl', 'e.g. https://www.example.com/image.png', { description: 'A picture or file to send as an MMS; then Text is optional' }),
				{
					displayName: 'Delivery Status Callback',
					name: 'deliveryStatusEnabled',
					type: 'boolean',
					default: true,
					description: 'Whether Ytel reports the carrier delivery status to the status callback URL',
					routing: { send: { type: 'body', property: 'deliveryStatusEnabled' } },
				},
				text('Status Callback URL', 'messageStatusCallback', 'e.g. https://example.com/sms-status', { description: 'Ytel posts the message status to this URL as JSON' }),
				keyValueBodyField({
					displayName: 'Metadata',
					name: 'metadata',
					collection: 'smsOptions',
					target: 'metadata',
					description: 'Keys and values kept with the message, in its logs and callbacks',
					namePlaceholder: 'e.g. leadId',
				}),
			],
		},
		extraPropertiesField('{"metadata": {"campaign": "spring"}}'),
	],
	validate(request) {
		const body = (request.body ?? {}) as IDataObject;
		requireOneOf(this, body, 'Recipient', ['to', 'contactId'], ['To', 'Contact']);
		requireOneOf(this, body, 'Sender', ['from', 'numberSetId'], ['From', 'Number Set ID']);
		requireOneOf(this, body, 'Message', ['text', 'smsTemplateId', 'mediaUrl'], ['Text', 'SMS Template', 'Media URL (MMS)']);
	},
});
