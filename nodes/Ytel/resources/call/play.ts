import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { extraPropertiesField, requiredText } from '../common';
import { booleanOption, callLocator } from './shared';

/** Play Audio: spoken text or an audio file (Ytel takes one of them). */
export const play = defineOperation(ytel, {
	value: 'play',
	name: 'Play Audio',
	action: 'Play audio into a call',
	description: 'Speak a text or play an audio file into a call in progress',
	method: 'POST',
	path: '/v4/call/play/{callSid}',
	properties: [
		callLocator(),
		{
			displayName: 'Play',
			name: 'playSource',
			type: 'options',
			options: [
				{ name: 'Spoken Text', value: 'text', description: 'Ytel reads a text aloud' },
				{ name: 'Audio File', value: 'audio', description: 'Ytel plays an audio file from a URL' },
			],
			default: 'text',
		},
		requiredText('Text', 'sayText', 'e.g. Hello from Ytel', { displayOptions: { show: { playSource: ['text'] } }, description: 'The text Ytel reads into the call' }),
		requiredText('Audio URL', 'audioUrl', 'e.g. https://example.com/greeting.mp3', { displayOptions: { show: { playSource: ['audio'] } }, description: 'The audio file Ytel plays into the call' }),
		{
			displayName: 'Options',
			name: 'playOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Length (Seconds)',
					name: 'length',
					type: 'number',
					typeOptions: { minValue: 0 },
					default: 0,
					description: 'The length of the audio; 0 plays it whole',
					routing: { send: { type: 'body', property: 'length' } },
				},
				booleanOption('Mix', 'mix', 'Whether to mix the audio into the call instead of playing it alone'),
			],
		},
		extraPropertiesField('{"mix": true}'),
	],
});
