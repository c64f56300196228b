import type { ResourceSpec } from '../../../shared/operations';
import { create } from './create';
import { deleteCurrency } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { getDefault } from './getDefault';
import { setDefault } from './setDefault';
import { update } from './update';

export const currency: ResourceSpec = {
	name: 'Currency',
	value: 'currency',
	description: 'The currencies the company bills in',
	operations: [getAll, get, create, update, deleteCurrency, getDefault, setDefault],
	defaultOperation: getAll.spec.value,
};
