import type { IDataObject } from 'n8n-workflow';
import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { extraPropertiesField, listBodyField, phoneBodyField, requireOneOf, text } from '../common';
import { booleanOption, callOptions, inboundXmlUrl, numberSetField, phoneListBodyField } from './shared';

/** Make Group Call: several calls at once, all handled by the same InboundXML (not a conference). */
export const makeGroup = defineOperation(ytel, {
	value: 'makeGroup',
	name: 'Make Group Call',
	action: 'Call several numbers at once',
	description: 'Call several numbers or contacts at once, each call handled by the same InboundXML (not a conference)',
	method: 'POST',
	path: '/v4/groupcall',
	properties: [
		phoneListBodyField({ displayName: 'To', name: 'groupTo', description: 'The phone numbers to call, in E.164 format, separated by commas. Leave empty to call contacts instead.' }, 'to'),
		listBodyField({ displayName: 'Contact IDs', name: 'contactIds', placeholder: 'e.g. da54d682-4d48-4f13-a4ee-07c850c05bb8', description: 'Or the contacts to call, separated by commas, instead of "To"' }),
		phoneBodyField({ displayName: 'From', name: 'from', description: 'Your Ytel number to call from, in E.164 format. Leave empty to use a number set.' }),
		numberSetField,
		inboundXmlUrl,
		callOptions('groupCallOptions', [
			booleanOption('Transcribe', 'transcribe', 'Whether to transcribe the calls'),
			text('Transcription Callback URL', 'transcribeCallbackUrl', 'e.g. https://example.com/transcript-ready', { description: 'Ytel posts here when a transcription is ready' }),
			text('Confirm Key', 'groupConfirmKey', 'e.g. 1', { description: 'The key the first person to answer presses to cancel the other calls' }),
			text('Confirm Prompt URL', 'groupConfirmFile', 'e.g. https://example.com/press-1.mp3', { description: 'The audio that asks the person who answers to press the confirm key' }),
		]),
		extraPropertiesField('{"metadata": {"campaign": "spring"}}'),
	],
	validate(request) {
		const body = (request.body ?? {}) as IDataObject;
		requireOneOf(this, body, 'Recipients', ['to', 'contactIds'], ['To', 'Contact IDs']);
		requireOneOf(this, body, 'Caller', ['from', 'numberSetId'], ['From', 'Number Set ID']);
	},
});
