import type { ResourceSpec } from '../../../../shared/operations';
import { getAll } from './getAll';

export const addressBook: ResourceSpec = {
	name: 'Address Book',
	value: 'storefrontAddressBook',
	operations: [getAll],
	defaultOperation: getAll.spec.value,
};
