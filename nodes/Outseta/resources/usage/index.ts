import type { ResourceSpec } from '../../../shared/operations';
import { addUsage } from './addUsage';

export const usage: ResourceSpec = { name: 'Usage', value: 'usage', operations: [addUsage], defaultOperation: 'addUsage' };
