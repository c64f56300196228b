import { defineOperation } from '../../../shared/operations';
import { ytel, ytelConversationPaging } from '../../shared/api';
import { contactLocator, listFields } from '../common';

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
