import type { ResourceSpec } from '../../../shared/operations';
import { remove } from './delete';
import { getAll } from './getAll';
import { update } from './update';
import { upload } from './upload';

export const asset: ResourceSpec = { name: 'Asset', value: 'asset', operations: [upload, getAll, update, remove], defaultOperation: 'upload' };
