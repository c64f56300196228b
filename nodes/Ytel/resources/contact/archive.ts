import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { contactId } from './shared';

export const archive = defineOperation(ytel, {
	value: 'archive',
	name: 'Archive',
	action: 'Archive a contact',
	description: 'Archive a contact (Unarchive brings it back)',
	method: 'DELETE',
	path: '/v4/contact/{contactId}',
	properties: [contactId],
});
