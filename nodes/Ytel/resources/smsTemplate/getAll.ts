import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { listFields } from '../common';

export const getAll = defineOperation(ytel, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many SMS templates',
	description: 'List the SMS templates',
	method: 'GET',
	path: '/v4/smstemplate',
	output: 'list',
	properties: listFields,
});
