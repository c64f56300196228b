import { queryField } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operations';
import { filtersCollection, listFields } from '../../shared/fields';
import { rebillia } from '../../shared/api';
import { FILTER_SECTIONS } from './sections';

export const getAll = defineOperation(rebillia, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many saved filters',
	description: 'List the saved filters of the company; their IDs narrow Get Many lists (Filter ID)',
	method: 'GET',
	path: '/companies/filters',
	output: 'list',
	properties: [
		...listFields(),
		filtersCollection([
			queryField({ displayName: 'Section', name: 'section', type: 'options', default: 'invoices', options: FILTER_SECTIONS, description: 'Only saved filters of this section' }),
		]),
	],
});
