import type { ResourceSpec } from '../../../shared/operations';
import { create } from './create';
import { deleteRatePlan } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const subscriptionRatePlan: ResourceSpec = {
	name: 'Subscription Rate Plan',
	value: 'subscriptionRatePlan',
	operations: [create, get, getAll, update, deleteRatePlan],
	defaultOperation: String(getAll.option.value),
};
