import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { contactId } from './shared';

export const unarchive = defineOperation(ytel, {
	value: 'unarchive',
	name: 'Unarchive',
	action: 'Unarchive a contact',
	description: 'Bring back an archived contact',
	method: 'PUT',
	path: '/v4/contact/{contactId}/unarchive',
	properties: [contactId],
});
