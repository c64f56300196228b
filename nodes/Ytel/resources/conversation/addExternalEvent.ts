import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { extraPropertiesField, requiredText, text } from '../common';
import { from, to, metadata, contactInBody } from './shared';

export const addExternalEvent = defineOperation(ytel, {
	value: 'addExternalEvent',
	name: 'Add External Event',
	action: 'Add an external event to a conversation',
	description: 'Add an event from another system (e.g. a form filled in) to a contact’s conversation',
	method: 'POST',
	path: '/v4/conversation/event',
	properties: [
		contactInBody,
		from,
		to,
		requiredText('Description', 'description', 'e.g. Customer form fill data'),
		text('URL', 'url', 'e.g. https://example.com/forms/123', { description: 'A link to the event’s details' }),
		metadata,
		extraPropertiesField('{"metadata": {"publish": true}}'),
	],
});
