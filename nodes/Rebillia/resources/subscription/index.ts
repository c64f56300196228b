import type { ResourceSpec } from '../../../shared/operations';
import { create } from './create';
import { deleteSubscription } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { getExternalInvoices } from './getExternalInvoices';
import { getInvoices } from './getInvoices';
import { getLogs } from './getLogs';
import { getNextBill } from './getNextBill';
import { getUpcoming } from './getUpcoming';
import { update } from './update';
import { updateStatus } from './updateStatus';

export const subscription: ResourceSpec = {
	name: 'Subscription',
	value: 'subscription',
	operations: [create, get, getAll, update, updateStatus, deleteSubscription, getInvoices, getExternalInvoices, getLogs, getNextBill, getUpcoming],
	defaultOperation: 'get',
};
