import type { ResourceSpec } from '../../../shared/operations';
import { create } from './create';
import { deleteChargeCredit } from './delete';
import { getAll } from './getAll';

export const chargeCredit: ResourceSpec = {
	name: 'Charge/Credit',
	value: 'chargeCredit',
	operations: [create, getAll, deleteChargeCredit],
	defaultOperation: 'create',
};
