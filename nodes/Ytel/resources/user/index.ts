import type { ResourceSpec } from '../../../shared/operations';
import { changePassword } from './changePassword';
import { changeStatus } from './changeStatus';
import { create } from './create';
import { remove } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const user: ResourceSpec = {
	name: 'User',
	value: 'user',
	operations: [create, get, getAll, update, changeStatus, changePassword, remove],
	defaultOperation: 'get',
};
