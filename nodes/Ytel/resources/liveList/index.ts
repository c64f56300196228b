import type { ResourceSpec } from '../../../shared/operations';
import { create, getAll, preview, remove, removeNext, takeNext, update } from './operations';

export const liveList: ResourceSpec = {
	name: 'Live List',
	value: 'liveList',
	description: 'Queues of contacts waiting for a call, shared by the users given access',
	operations: [getAll, preview, takeNext, removeNext, create, update, remove],
	defaultOperation: getAll.spec.value,
};
