import type { ResourceSpec } from '../../../shared/operations';
import { create } from './create';
import { deleteCharge } from './delete';
import { get } from './get';
import { update } from './update';

export const subscriptionRatePlanCharge: ResourceSpec = {
	name: 'Subscription Rate Plan Charge',
	value: 'subscriptionRatePlanCharge',
	operations: [create, get, update, deleteCharge],
	defaultOperation: 'get',
};
