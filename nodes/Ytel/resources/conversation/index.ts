import type { INodeProperties } from 'n8n-workflow';
import type { ResourceSpec } from '../../../shared/operations';
import { defineOperation } from '../../../shared/operations';
import { ytel, ytelConversationPaging } from '../../shared/api';
import { contactLocator, extraPropertiesField, listFields, locatorBodyField, phoneBodyField, requiredText, text, UUID_PLACEHOLDER } from '../common';

const from = phoneBodyField({ displayName: 'From', name: 'from', required: true, description: 'Your Ytel number of the conversation, in E.164 format' });
const to = phoneBodyField({ displayName: 'To', name: 'to', required: true, description: 'The contact’s number, in E.164 format' });

/** `metadata` of the conversation requests: what the message replies to, the contact, and whether to publish it. */
const metadata: INodeProperties = {
	displayName: 'Metadata',
	name: 'metadata',
	type: 'collection',
	placeholder: 'Add Metadata',
	default: {},
	options: [
		text('Replied-To Message Time', 'repliedToMessageTime', 'e.g. 8f8dad90-2dcb-11eb-8aec-370be68b78ad', { description: 'The `time` of the message this one answers' }, 'metadata.repliedToMessageTime'),
		text('Contact ID', 'contactId', UUID_PLACEHOLDER, { description: 'The contact the event belongs to' }, 'metadata.contactId'),
		{
			displayName: 'Publish',
			name: 'publish',
			type: 'boolean',
			default: true,
			description: 'Whether to show the event to the inbox’s users at once',
			routing: { send: { type: 'body', property: 'metadata.publish' } },
		},
	],
};

export const get = defineOperation(ytel, {
	value: 'get',
	name: 'Get',
	action: 'Get a contact’s conversation',
	description: 'List a contact’s conversation events, newest first',
	method: 'GET',
	path: '/v4/conversation',
	output: 'list',
	paging: ytelConversationPaging,
	properties: [{ ...contactLocator(), routing: { send: { type: 'query', property: 'contactId' } } }, ...listFields],
});

export const sendMessage = defineOperation(ytel, {
	value: 'sendMessage',
	name: 'Send Message',
	action: 'Send a message in a conversation',
	description: 'Send an SMS from the inbox, into a contact’s conversation',
	method: 'POST',
	path: '/v4/conversation',
	properties: [
		from,
		to,
		requiredText('Text', 'text', 'e.g. Hello from inbox.', { typeOptions: { rows: 3 } }),
		{
			displayName: 'Options',
			name: 'messageOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				text('Account SID', 'accountSid', 'e.g. 173c6f7f-c911-f823-fb2d-a13e4780c300', { description: 'Your Ytel account SID' }),
				text('Source ID', 'sourceId', 'e.g. fsi', { description: 'Where the message comes from' }, 'source.sourceId'),
			],
		},
		metadata,
		extraPropertiesField('{"metadata": {"publish": true}}'),
	],
});

const contactInBody = locatorBodyField({ ...contactLocator('eventContactId'), description: 'The contact whose conversation gets the event' }, 'contactId');

export const addNote = defineOperation(ytel, {
	value: 'addNote',
	name: 'Add Note',
	action: 'Add a note to a conversation',
	description: 'Add an internal note to a contact’s conversation',
	method: 'POST',
	path: '/v4/conversation/notes',
	properties: [contactInBody, from, to, requiredText('Notes', 'notes', 'e.g. Added $50 in credit to their account.', { typeOptions: { rows: 3 } }), metadata, extraPropertiesField('{"metadata": {"publish": true}}')],
});

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

export const conversation: ResourceSpec = {
	name: 'Conversation',
	value: 'conversation',
	operations: [get, sendMessage, addNote, addExternalEvent],
	defaultOperation: 'sendMessage',
};
