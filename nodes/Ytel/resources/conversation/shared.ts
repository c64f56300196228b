import type { INodeProperties } from 'n8n-workflow';
import { contactLocator, locatorBodyField, phoneBodyField, text, UUID_PLACEHOLDER } from '../common';

export const from = phoneBodyField({ displayName: 'From', name: 'from', required: true, description: 'Your Ytel number of the conversation, in E.164 format' });
export const to = phoneBodyField({ displayName: 'To', name: 'to', required: true, description: 'The contact’s number, in E.164 format' });

/** `metadata` of the conversation requests: what the message replies to, the contact, and whether to publish it. */
export const metadata: INodeProperties = {
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



export const contactInBody = locatorBodyField({ ...contactLocator('eventContactId'), description: 'The contact whose conversation gets the event' }, 'contactId');
