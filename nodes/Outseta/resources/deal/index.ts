import type { ResourceSpec } from '../../../shared/operations';
import { create } from './create';
import { remove } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const deal: ResourceSpec = {
	name: 'Deal',
	value: 'deal',
	operations: [getAll, get, create, update, remove],
	defaultOperation: getAll.spec.value,
};
