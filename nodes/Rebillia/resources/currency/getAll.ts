import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { listFields } from '../../shared/fields';

export const getAll = defineOperation(rebillia, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many company currencies',
	description: 'List the currencies the company bills in',
	method: 'GET',
	path: '/currencies',
	output: 'list',
	properties: listFields(),
});
