import type { ResourceSpec } from '../../../shared/operations';
import { create } from './create';
import { getAll } from './getAll';
import { update } from './update';

export const savedQuery: ResourceSpec = { name: 'Saved Contact Query', value: 'savedQuery', operations: [create, getAll, update], defaultOperation: 'create' };
