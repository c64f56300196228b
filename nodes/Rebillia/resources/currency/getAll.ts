import { defineOperation } from '../../../shared/operations';
import { listFields } from '../../shared/catalogSettingsFields';
import { rebillia } from '../../shared/api';

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
