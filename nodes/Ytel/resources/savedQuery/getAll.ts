import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { listFields } from '../common';

export const getAll = defineOperation(ytel, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many saved contact queries',
	description: 'List the saved contact queries',
	method: 'GET',
	path: '/v4/query/contact',
	output: 'list',
	properties: listFields,
});
