import type { ResourceSpec } from '../../../shared/operations';
import { create } from './create';
import { deleteRatePlan } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { sync } from './sync';
import { update } from './update';
import { updateStatus } from './updateStatus';

export const ratePlan: ResourceSpec = {
	name: 'Rate Plan',
	value: 'ratePlan',
	operations: [getAll, get, create, update, updateStatus, sync, deleteRatePlan],
	defaultOperation: getAll.spec.value,
};
