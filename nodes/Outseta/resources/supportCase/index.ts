import type { ResourceSpec } from '../../../shared/operations';
import { addClientResponse } from './addClientResponse';
import { addReply } from './addReply';
import { create } from './create';
import { getAll } from './getAll';

export const supportCase: ResourceSpec = {
	name: 'Support Case',
	value: 'supportCase',
	operations: [getAll, create, addReply, addClientResponse],
	defaultOperation: getAll.spec.value,
};
