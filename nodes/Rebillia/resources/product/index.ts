import type { ResourceSpec } from '../../../shared/operations';
import { create } from './create';
import { deleteProduct } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';
import { updateStatus } from './updateStatus';

export const product: ResourceSpec = {
	name: 'Product',
	value: 'product',
	operations: [getAll, get, create, update, updateStatus, deleteProduct],
	defaultOperation: getAll.spec.value,
};
