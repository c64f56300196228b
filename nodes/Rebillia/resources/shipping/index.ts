import type { ResourceSpec } from '../../../shared/operations';
import { calculate } from './calculate';
import { getAll } from './getAll';

export const shipping: ResourceSpec = {
	name: 'Shipping',
	value: 'shipping',
	description: 'Shipping services and rate quotes from the shipping integrations',
	operations: [getAll, calculate],
	defaultOperation: calculate.spec.value,
};
