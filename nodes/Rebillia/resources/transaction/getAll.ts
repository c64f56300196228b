import { simplifyField } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { listFields, optionsCollection, sortOptions } from '../../shared/fields';
import { simplifyTransaction } from '../../shared/simplify';

export const getAll = defineOperation(rebillia, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many transactions',
	description: 'List payments, refunds and voids',
	method: 'GET',
	path: '/transactions',
	output: 'list',
	simplify: simplifyTransaction,
	properties: [...listFields(), optionsCollection(sortOptions(['createdAt', 'updatedAt', 'status', 'type', 'amount', 'invoiceId'])), simplifyField],
});
