import type { ResourceSpec } from '../../../shared/operations';
import { archive } from './archive';
import { create } from './create';
import { get } from './get';
import { getAll } from './getAll';
import { search } from './search';
import { unarchive } from './unarchive';
import { update } from './update';
import { upload } from './upload';
import { uploadAsync } from './uploadAsync';

export const contact: ResourceSpec = {
	name: 'Contact',
	value: 'contact',
	operations: [create, get, getAll, search, update, archive, unarchive, upload, uploadAsync],
	defaultOperation: 'create',
};
