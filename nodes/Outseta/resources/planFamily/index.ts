import type { ResourceSpec } from '../../../shared/operations';
import { getAll } from './getAll';

export const planFamily: ResourceSpec = { name: 'Plan Family', value: 'planFamily', operations: [getAll], defaultOperation: getAll.spec.value };
