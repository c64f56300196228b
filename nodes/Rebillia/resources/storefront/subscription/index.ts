import type { ResourceSpec } from '../../../../shared/operations';
import { changeRatePlan } from './changeRatePlan';
import { get } from './get';
import { getAll } from './getAll';
import { getUpcoming } from './getUpcoming';
import { updatePaymentMethod } from './updatePaymentMethod';
import { updateShippingAddress } from './updateShippingAddress';
import { updateStatus } from './updateStatus';

export const subscription: ResourceSpec = {
	name: 'Subscription',
	value: 'storefrontSubscription',
	operations: [getAll, get, getUpcoming, updateStatus, updatePaymentMethod, updateShippingAddress, changeRatePlan],
	defaultOperation: getAll.spec.value,
};
