import type { ResourceSpec } from '../../../shared/operations';
import { get } from './get';
import { getAll } from './getAll';
import { getInvoices } from './getInvoices';
import { update } from './update';

export const billRun: ResourceSpec = {
	name: 'Bill Run',
	value: 'billRun',
	operations: [get, getAll, update, getInvoices],
	defaultOperation: String(getAll.option.value),
};
