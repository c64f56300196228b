import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { filtersCollection, listFields, queryText } from '../../shared/fields';

export const getAll = defineOperation(rebillia, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many company gateways',
	description: 'List the payment gateways of the company',
	method: 'GET',
	path: '/gateways',
	output: 'list',
	properties: [...listFields(), filtersCollection([queryText('Status', 'status', 'e.g. active', 'Only gateways in this status, e.g. active')])],
});
