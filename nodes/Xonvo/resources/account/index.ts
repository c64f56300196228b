import type { ResourceSpec } from '../../../shared/operations';
import { create } from './create';
import { getStatistics } from './getStatistics';
import { inactivate } from './inactivate';
import { pause } from './pause';
import { unpause } from './unpause';
import { update } from './update';

export const account: ResourceSpec = {
	name: 'Account',
	value: 'account',
	operations: [create, update, pause, unpause, inactivate, getStatistics],
	defaultOperation: 'create',
};
