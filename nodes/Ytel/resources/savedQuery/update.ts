import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { queryProperties } from './shared';

export const update = defineOperation(ytel, {
	value: 'update',
	name: 'Update',
	action: 'Update a saved contact query',
	description: 'Replace a saved contact query’s name and statements',
	method: 'PUT',
	path: '/v4/query/contact/{queryId}',
	properties: [
		{ displayName: 'Query ID', name: 'queryId', type: 'string', required: true, default: '', placeholder: 'e.g. 7a0d1f40-2c7d-11eb-bd4b-b3d0bd0d2d8a', description: 'The saved query’s ID, as Get Many gives it' },
		...queryProperties(),
	],
});
