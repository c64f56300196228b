import { simplifyField } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { bareListFields, orderByOption, readOptions, sortByOption } from '../../shared/coreDescriptions';
import { simplifyTransaction } from '../../shared/coreSimplify';

export const getAll = defineOperation(rebillia, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many transactions',
	description: 'List payments, refunds and voids',
	method: 'GET',
	path: '/transactions',
	output: 'list',
	simplify: simplifyTransaction,
	properties: [...bareListFields(), readOptions([orderByOption, sortByOption]), simplifyField],
});
