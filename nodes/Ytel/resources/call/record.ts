import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { extraPropertiesField, text } from '../common';
import { callLocator } from './shared';

/** Record Call. The collection writes its path with a trailing space (`…/record/:callSid `): the path here is the clean one. */
export const record = defineOperation(ytel, {
	value: 'record',
	name: 'Record',
	action: 'Record a call',
	description: 'Start recording a call in progress',
	method: 'POST',
	path: '/v4/call/record/{callSid}',
	properties: [
		callLocator(),
		{
			displayName: 'Time Limit (Seconds)',
			name: 'timeLimit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 60,
			required: true,
			description: 'The longest the recording may last',
			// Ytel's own example sends the number as text.
			routing: { send: { type: 'body', property: 'timeLimit', value: '={{ String($value) }}' } },
		},
		text('Recording Callback URL', 'callbackUrl', 'e.g. https://example.com/recording-ready', { description: 'Ytel posts here when the recording is done' }),
		{
			displayName: 'Sides',
			name: 'direction',
			type: 'options',
			options: [
				{ name: 'Both', value: 'both', description: 'Both sides of the call' },
				{ name: 'Incoming Audio', value: 'in' },
				{ name: 'Outgoing Audio', value: 'out' },
			],
			default: 'both',
			description: 'Which side of the call to record',
			routing: { send: { type: 'body', property: 'direction' } },
		},
		{
			displayName: 'File Format',
			name: 'fileFormat',
			type: 'options',
			options: [
				{ name: 'MP3', value: 'mp3' },
				{ name: 'WAV', value: 'wav' },
			],
			default: 'mp3',
			routing: { send: { type: 'body', property: 'fileFormat' } },
		},
		{
			displayName: 'Options',
			name: 'recordOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [text('Stop on Key', 'stopRecordingOnKey', 'e.g. 0', { description: 'The key that stops the recording when pressed' })],
		},
		extraPropertiesField('{"stopRecordingOnKey": "#"}'),
	],
});
