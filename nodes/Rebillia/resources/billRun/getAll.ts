import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { bareListFields, filtersCollection, orderByOption, readOptions, sortByOption } from '../../shared/coreDescriptions';
import { billRunInclude } from './shared';

export const getAll = defineOperation(rebillia, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many bill runs',
	description: 'List bill runs (the scheduled runs that invoice subscriptions)',
	method: 'GET',
	path: '/bill-run',
	output: 'list',
	properties: [
		...bareListFields(),
		filtersCollection([
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: [
					{ name: 'Completed', value: 'completed' },
					{ name: 'Completed With Errors', value: 'completedWithErrors' },
					{ name: 'In Progress', value: 'inProgress' },
					{ name: 'Pending', value: 'pending' },
				],
				default: 'completed',
				description: 'Only bill runs in this status',
				// Rebillia filters bill runs by status through its search parameter.
				routing: { send: { type: 'query', property: 'query', propertyInDotNotation: false } },
			},
		]),
		readOptions([billRunInclude, orderByOption, sortByOption]),
	],
});
