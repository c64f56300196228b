import type { ResourceSpec } from '../../../shared/operations';
import { create } from './create';
import { deleteCustomer } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { getInvoices } from './getInvoices';
import { getLogs } from './getLogs';
import { getSubscriptions } from './getSubscriptions';
import { update } from './update';

export const customer: ResourceSpec = {
	name: 'Customer',
	value: 'customer',
	operations: [create, get, getAll, update, deleteCustomer, getInvoices, getSubscriptions, getLogs],
	defaultOperation: 'get',
};
