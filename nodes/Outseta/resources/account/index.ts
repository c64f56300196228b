import type { ResourceSpec } from '../../../shared/operations';
import { addPerson } from './addPerson';
import { cancel } from './cancel';
import { create } from './create';
import { remove } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { register } from './register';
import { removeCancellation } from './removeCancellation';
import { removePerson } from './removePerson';
import { update } from './update';
import { updateMembership } from './updateMembership';

export const account: ResourceSpec = {
	name: 'Account',
	value: 'account',
	operations: [getAll, get, create, register, update, cancel, removeCancellation, addPerson, updateMembership, removePerson, remove],
	defaultOperation: getAll.spec.value,
};
