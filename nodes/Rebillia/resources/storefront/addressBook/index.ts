import type { ResourceSpec } from '../../../../shared/operations';
import { getAll } from './getAll';

export const addressBook: ResourceSpec = {
	name: 'Address Book',
	value: 'addressBook',
	operations: [getAll],
	defaultOperation: getAll.spec.value,
};
