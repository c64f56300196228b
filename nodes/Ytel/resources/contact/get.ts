import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { contactId } from './shared';

export const get = defineOperation(ytel, {
	value: 'get',
	name: 'Get',
	action: 'Get a contact',
	description: 'Get a contact by its ID',
	method: 'GET',
	path: '/v4/contact/{contactId}',
	properties: [contactId],
});
