import type { ResourceSpec } from '../../../shared/operations';
import { create } from './create';
import { deleteAddress } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const customerAddress: ResourceSpec = {
	name: 'Customer Address',
	value: 'customerAddress',
	operations: [create, get, getAll, update, deleteAddress],
	defaultOperation: String(getAll.option.value),
};
