import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { extraPropertiesField, requiredText, text } from '../common';
import { conferenceIdInBody } from './shared';

/**
 * Play and leave: a conference with fewer than 2 members ends, so the audio keeps it open while
 * the caller named here hangs up.
 */
export const playAndLeave = defineOperation(ytel, {
	value: 'playAndLeave',
	name: 'Play Audio and Leave',
	action: 'Play audio into a conference and leave it',
	description: 'Play an audio file into the conference and hang up one call (usually yours) without ending it for the others',
	method: 'POST',
	path: '/v4/conference/{confId}/exitAudio',
	properties: [
		conferenceIdInBody,
		requiredText('Audio URL', 'audioUrl', 'e.g. https://example.com/goodbye.mp3', { description: 'The audio file played into the conference' }),
		text('Call to Hang Up', 'hangupCallSid', 'e.g. a8aafe80-5aae-11eb-9851-d9f3c95a077a', { description: 'The call SID of the member who leaves' }),
		extraPropertiesField('{"hangupCallSid": "a8aafe80-5aae-11eb-9851-d9f3c95a077a"}'),
	],
});
