import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { extraPropertiesField, listBodyField, phoneBodyField } from '../common';
import { booleanOption } from '../call/shared';
import { conferenceIdInBody } from './shared';

const from = phoneBodyField({ displayName: 'From', name: 'from', required: true, description: 'Your Ytel number to call from, in E.164 format' });
const to = phoneBodyField({ displayName: 'To', name: 'to', required: true, description: 'The phone number to call into the conference, in E.164 format' });

/**
 * Add member: the collection's body is not JSON (comments, bare `boolean`); these are its
 * documented fields. The list is `noSpeakToList` as in the request body (its text says `noSpeakList`).
 */
export const addMember = defineOperation(ytel, {
	value: 'addMember',
	name: 'Add Member',
	action: 'Call a number into a conference',
	description: 'Call a phone number and add it to a conference in progress',
	method: 'POST',
	path: '/v4/conference/{confId}/participant',
	properties: [
		conferenceIdInBody,
		to,
		from,
		{
			displayName: 'Options',
			name: 'memberOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				booleanOption('Join Muted', 'mute', 'Whether the member joins muted'),
				booleanOption('Join Deaf', 'deaf', 'Whether the member joins deaf (hearing nothing)'),
				listBodyField(
					{ displayName: 'Cannot Speak To', name: 'noSpeakToList', placeholder: 'e.g. 12, 14', description: 'Call SIDs or member IDs this member cannot speak to, separated by commas' },
					'noSpeakToList',
					'memberOptions',
				),
			],
		},
		extraPropertiesField('{"mute": true}'),
	],
});

export const addListener = defineOperation(ytel, {
	value: 'addListener',
	name: 'Add Listener',
	action: 'Call a number into a conference to listen only',
	description: 'Call a phone number and add it to a conference in listen-only mode',
	method: 'POST',
	path: '/v4/conference/{confId}/listen',
	properties: [conferenceIdInBody, to, from, extraPropertiesField('{"from": "+14155550123"}')],
});
