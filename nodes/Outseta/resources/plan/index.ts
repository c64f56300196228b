import type { ResourceSpec } from '../../../shared/operations';
import { getAll } from './getAll';

export const plan: ResourceSpec = { name: 'Plan', value: 'plan', operations: [getAll], defaultOperation: getAll.spec.value };
