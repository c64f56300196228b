import type { ResourceSpec } from '../../../shared/operations';
import { create } from './create';
import { remove } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const webhookConfiguration: ResourceSpec = {
	name: 'Webhook Configuration',
	value: 'webhookConfiguration',
	operations: [create, get, getAll, update, remove],
	defaultOperation: 'create',
};
