import type { ResourceSpec } from '../../../../shared/operations';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const paymentMethod: ResourceSpec = {
	name: 'Payment Method',
	value: 'storefrontPaymentMethod',
	operations: [getAll, get, create, update, deleteOperation],
	defaultOperation: getAll.spec.value,
};
