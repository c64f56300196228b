import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { extraPropertiesField, requiredText } from '../common';
import { from, to, metadata, contactInBody } from './shared';

export const addNote = defineOperation(ytel, {
	value: 'addNote',
	name: 'Add Note',
	action: 'Add a note to a conversation',
	description: 'Add an internal note to a contact’s conversation',
	method: 'POST',
	path: '/v4/conversation/notes',
	properties: [contactInBody, from, to, requiredText('Notes', 'notes', 'e.g. Added $50 in credit to their account.', { typeOptions: { rows: 3 } }), metadata, extraPropertiesField('{"metadata": {"publish": true}}')],
});
