import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { readOptions } from '../../shared/coreDescriptions';
import { billRunIdField, billRunInclude } from './shared';

export const get = defineOperation(rebillia, {
	value: 'get',
	name: 'Get',
	action: 'Get a bill run',
	description: 'Retrieve one bill run',
	method: 'GET',
	path: '/bill-run/{billRunId}',
	properties: [billRunIdField, readOptions([billRunInclude])],
});
