import type { ResourceSpec } from '../../../shared/operations';
import { create } from './create';
import { getAll } from './getAll';
import { getFields } from './getFields';

export const filter: ResourceSpec = {
	name: 'Filter',
	value: 'filter',
	description: 'Saved filters that narrow lists (the Filter ID of Get Many)',
	operations: [getAll, create, getFields],
	defaultOperation: getAll.spec.value,
};
