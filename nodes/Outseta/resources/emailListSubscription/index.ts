import type { ResourceSpec } from '../../../shared/operations';
import { getAll } from './getAll';
import { subscribe } from './subscribe';
import { unsubscribe } from './unsubscribe';

export const emailListSubscription: ResourceSpec = {
	name: 'Email List Subscription',
	value: 'emailListSubscription',
	operations: [getAll, subscribe, unsubscribe],
	defaultOperation: getAll.spec.value,
};
