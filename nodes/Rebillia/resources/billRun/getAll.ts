import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { billRunInclude } from './shared';
import { filtersCollection, listFields, optionsCollection, sortOptions } from '../../shared/fields';
import { BILL_RUN_STATUSES, statusFilter } from '../../shared/statuses';

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
			// Rebillia filters bill runs by status through its search parameter.
			statusFilter(BILL_RUN_STATUSES, 'completed', 'bill runs', 'query'),
		]),
		optionsCollection([billRunInclude, ...sortOptions(['createdAt', 'updatedAt', 'status', 'targetDate', 'executedOn', 'completedOn'])]),
	],
});
