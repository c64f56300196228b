import type { ResourceSpec } from '../../../shared/operations';
import { charge } from './charge';
import { create } from './create';
import { deleteInvoice } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';
import { voidInvoice } from './void';

export const invoice: ResourceSpec = {
	name: 'Invoice',
	value: 'invoice',
	operations: [create, get, getAll, update, charge, voidInvoice, deleteInvoice],
	defaultOperation: 'get',
};
