import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { billRunIdField, billRunInclude } from './shared';
import { optionsCollection } from '../../shared/fields';

export const get = defineOperation(rebillia, {
	value: 'get',
	name: 'Get',
	action: 'Get a bill run',
	description: 'Retrieve one bill run',
	method: 'GET',
	path: '/bill-run/{billRunId}',
	properties: [billRunIdField, optionsCollection([billRunInclude])],
});
