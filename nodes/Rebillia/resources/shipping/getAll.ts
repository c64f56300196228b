import { defineOperation } from '../../../shared/operations';
import { listFields } from '../../shared/fields';
import { rebillia } from '../../shared/api';

export const getAll = defineOperation(rebillia, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many shipping services',
	description: 'List the shipping services of the company’s shipping integrations',
	method: 'GET',
	path: '/shipping/services',
	output: 'list',
	properties: listFields(),
});
