import type { ResourceSpec } from '../../../shared/operations';
import { add } from './add';
import { check } from './check';
import { upload } from './upload';

export const dnc: ResourceSpec = { name: 'Do Not Contact', value: 'dnc', operations: [add, check, upload], defaultOperation: 'add' };
