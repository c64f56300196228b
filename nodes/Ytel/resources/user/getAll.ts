import { defineOperation } from '../../../shared/operations';
import { ytelAdmin } from '../../shared/api';
import { listFields } from '../common';

export const getAll = defineOperation(ytelAdmin, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many users',
	description: 'List the users of the account',
	method: 'GET',
	path: '/ams/v3/users',
	output: 'list',
	properties: listFields,
});
