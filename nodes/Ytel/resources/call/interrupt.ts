import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { extraPropertiesField, text } from '../common';
import { callLocator, urlMethodOption } from './shared';

export const interrupt = defineOperation(ytel, {
	value: 'interrupt',
	name: 'Interrupt',
	action: 'Interrupt a call',
	description: 'End a call in progress, or move it on to another InboundXML document',
	method: 'POST',
	path: '/v4/call/interrupt/{callSid}',
	properties: [
		callLocator(),
		{
			displayName: 'Log As',
			name: 'status',
			type: 'options',
			options: [
				{ name: 'Completed', value: 'completed' },
				{ name: 'Canceled', value: 'canceled' },
			],
			default: 'completed',
			description: 'How the call is written in the logs',
			routing: { send: { type: 'body', property: 'status' } },
		},
		text('Continue With InboundXML URL', 'url', 'e.g. https://example.com/next-step.xml', {
			displayOptions: { show: { status: ['completed'] } },
			description: 'The call goes on with this InboundXML document. Leave empty to end the call.',
		}),
		{ displayName: 'Options', name: 'interruptOptions', type: 'collection', placeholder: 'Add Option', default: {}, options: [urlMethodOption] },
		extraPropertiesField('{"urlMethod": "GET"}'),
	],
});
