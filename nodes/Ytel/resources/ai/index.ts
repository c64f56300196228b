import type { ResourceSpec } from '../../../shared/operations';
import { reword } from './reword';

export const ai: ResourceSpec = { name: 'AI', value: 'ai', operations: [reword], defaultOperation: 'reword' };
