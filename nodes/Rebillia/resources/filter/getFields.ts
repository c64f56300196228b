import { queryField } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operations';
import { listFields } from '../../shared/fields';
import { rebillia } from '../../shared/api';
import { FILTER_SECTIONS } from './sections';

export const getFields = defineOperation(rebillia, {
	value: 'getFields',
	name: 'Get Many Fields',
	action: 'Get the fields a filter can use',
	description: 'List the fields a saved filter of a section can test, with their operators (for the rules of Create)',
	method: 'GET',
	path: '/companies/filters/fields',
	output: 'list',
	properties: [
		queryField({
			displayName: 'Section',
			name: 'section',
			type: 'options',
			required: true,
			default: 'invoices',
			options: FILTER_SECTIONS,
			description: 'The section whose fields to list',
		}),
		...listFields(),
	],
});
