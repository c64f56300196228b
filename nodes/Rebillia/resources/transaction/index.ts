import type { ResourceSpec } from '../../../shared/operations';
import { get } from './get';
import { getAll } from './getAll';
import { refund } from './refund';
import { voidTransaction } from './void';

export const transaction: ResourceSpec = {
	name: 'Transaction',
	value: 'transaction',
	operations: [get, getAll, refund, voidTransaction],
	defaultOperation: 'get',
};
