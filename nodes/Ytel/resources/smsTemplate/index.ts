import type { ResourceSpec } from '../../../shared/operations';
import { archive } from './archive';
import { create } from './create';
import { get } from './get';
import { getAll } from './getAll';
import { unarchive } from './unarchive';
import { update } from './update';

export const smsTemplate: ResourceSpec = {
	name: 'SMS Template',
	value: 'smsTemplate',
	operations: [create, get, getAll, update, archive, unarchive],
	defaultOperation: 'create',
};
