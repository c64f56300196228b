import type { ResourceSpec } from '../../../shared/operations';
import { create } from './create';
import { remove } from './delete';
import { getEntries } from './getEntries';
import { getNames } from './getNames';
import { update } from './update';
import { updateEntryStatus } from './updateEntryStatus';

export const inbox: ResourceSpec = {
	name: 'Inbox',
	value: 'inbox',
	operations: [getEntries, updateEntryStatus, getNames, create, update, remove],
	defaultOperation: 'getEntries',
};
