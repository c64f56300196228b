import type { ResourceSpec } from '../../../shared/operations';
import { create } from './create';
import { remove } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { initiatePasswordReset } from './initiatePasswordReset';
import { sendConfirmationEmail } from './sendConfirmationEmail';
import { setTemporaryPassword } from './setTemporaryPassword';
import { update } from './update';

export const person: ResourceSpec = {
	name: 'Person',
	value: 'person',
	operations: [getAll, get, create, update, remove, setTemporaryPassword, initiatePasswordReset, sendConfirmationEmail],
	defaultOperation: getAll.spec.value,
};
