import type { ResourceSpec } from '../../../shared/operations';
import { create } from './create';
import { deleteRatePlanCharge } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const ratePlanCharge: ResourceSpec = {
	name: 'Rate Plan Charge',
	value: 'ratePlanCharge',
	operations: [getAll, get, create, update, deleteRatePlanCharge],
	defaultOperation: getAll.spec.value,
};
