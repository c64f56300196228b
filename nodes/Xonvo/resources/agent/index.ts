import type { ResourceSpec } from '../../../shared/operations';
import { create } from './create';

export const agent: ResourceSpec = { name: 'Agent', value: 'agent', operations: [create], defaultOperation: 'create' };
