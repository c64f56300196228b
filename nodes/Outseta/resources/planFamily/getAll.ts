import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { getManyFields } from '../../shared/descriptions';

export const getAll = defineOperation(outseta, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many plan families',
	description: 'List the plan families, the groups plans belong to',
	method: 'GET',
	path: '/billing/planfamilies',
	output: 'list',
	properties: getManyFields({ conditionPlaceholder: 'Name', sortable: ['Name', 'Created'], fieldsExample: 'Uid,Name,Plans.Name', record: 'planFamily' }),
});
