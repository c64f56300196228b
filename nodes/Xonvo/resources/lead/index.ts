import type { ResourceSpec } from '../../../shared/operations';
import { create } from './create';
import { createMany } from './createMany';
import { getStatistics } from './getStatistics';
import { reset } from './reset';
import { stop } from './stop';
import { unsubscribe } from './unsubscribe';
import { updateMany } from './updateMany';

export const lead: ResourceSpec = {
	name: 'Lead',
	value: 'lead',
	operations: [create, createMany, updateMany, unsubscribe, reset, stop, getStatistics],
	defaultOperation: 'create',
};
