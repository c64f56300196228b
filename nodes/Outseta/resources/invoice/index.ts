import type { ResourceSpec } from '../../../shared/operations';
import { create } from './create';
import { getAll } from './getAll';

export const invoice: ResourceSpec = { name: 'Invoice', value: 'invoice', operations: [create, getAll], defaultOperation: 'create' };
