import type { ResourceSpec } from '../../../shared/operations';
import { createCustom } from './createCustom';
import { getAll } from './getAll';

export const activity: ResourceSpec = {
	name: 'Activity',
	value: 'activity',
	operations: [getAll, createCustom],
	defaultOperation: getAll.spec.value,
};
