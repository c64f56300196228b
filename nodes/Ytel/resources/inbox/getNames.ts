import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { listFields } from '../common';

export const getNames = defineOperation(ytel, {
	value: 'getNames',
	name: 'Get Many',
	action: 'Get many inboxes',
	description: 'List the inboxes (their names and display names)',
	method: 'GET',
	path: '/v4/inbox/name',
	output: 'list',
	properties: listFields,
});
