import type { ResourceSpec } from '../../../shared/operations';
import { create } from './create';
import { deleteGateway } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { testGateway } from './testGateway';
import { update } from './update';

export const gateway: ResourceSpec = {
	name: 'Gateway',
	value: 'gateway',
	description: 'The payment gateways of the company',
	operations: [getAll, get, create, update, deleteGateway, testGateway],
	defaultOperation: getAll.spec.value,
};
