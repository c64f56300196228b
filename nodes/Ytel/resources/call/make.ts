import type { IDataObject } from 'n8n-workflow';
import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { contactLocator, extraPropertiesField, locatorBodyField, phoneBodyField, requireOneOf } from '../common';
import { booleanOption, callOptions, inboundXmlUrl, numberSetField } from './shared';

/** Make Call: to a number or a contact, from a number or a number set; the InboundXML URL says what happens on the call. */
export const make = defineOperation(ytel, {
	value: 'make',
	name: 'Make',
	action: 'Make a call',
	description: 'Call a phone number or a contact; the InboundXML URL tells Ytel what to do once the call connects',
	method: 'POST',
	path: '/v4/call',
	properties: [
		phoneBodyField({ displayName: 'To', name: 'to', description: 'The phone number to call, in E.164 format. Leave empty to call a contact instead.' }),
		locatorBodyField({ ...contactLocator('callContactId', false), description: 'Or the contact to call (their first phone number), instead of "To"' }, 'contactId'),
		phoneBodyField({ displayName: 'From', name: 'from', description: 'Your Ytel number to call from, in E.164 format. Leave empty to use a number set.' }),
		numberSetField,
		inboundXmlUrl,
		callOptions('callOptions', [booleanOption('Check Federal Do-Not-Call List', 'checkFederalDnc', 'Whether Ytel checks the federal do-not-call list first (your account needs access to it)')]),
		extraPropertiesField('{"metadata": {"leadId": "42"}}'),
	],
	validate(request) {
		const body = (request.body ?? {}) as IDataObject;
		requireOneOf(this, body, 'Recipient', ['to', 'contactId'], ['To', 'Contact']);
		requireOneOf(this, body, 'Caller', ['from', 'numberSetId'], ['From', 'Number Set ID']);
	},
});
