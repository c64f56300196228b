import type { ResourceSpec } from '../../../shared/operations';
import { create } from './create';

export const token: ResourceSpec = { name: 'Token', value: 'token', operations: [create], defaultOperation: 'create' };
