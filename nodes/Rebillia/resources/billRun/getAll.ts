import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { billRunInclude } from './shared';
import { filtersCollection, listFields, optionsCollection, sortOptions } from '../../shared/fields';
import { BILL_RUN_STATUSES } from '../../shared/statuses';

export const getAll = defineOperation(rebillia, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many bill runs',
	description: 'List bill runs (the scheduled runs that invoice subscriptions)',
	method: 'GET',
	path: '/bill-run',
	output: 'list',
	properties: [
		...listFields(),
		filtersCollection([
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: BILL_RUN_STATUSES,
				default: 'completed',
				description: 'Only bill runs in this status',
				// Rebillia filters bill runs by status through its search parameter.
				routing: { send: { type: 'query', property: 'query', propertyInDotNotation: false } },
			},
		]),
		optionsCollection([billRunInclude, ...sortOptions]),
	],
});
