import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { getManyFields, queryFilter } from '../../shared/descriptions';

export const getAll = defineOperation(outseta, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many plans',
	description: 'List the plans people can subscribe to',
	method: 'GET',
	path: '/billing/plans',
	output: 'list',
	properties: getManyFields({
		filters: [
			queryFilter({
				displayName: 'Plan Family Name or ID',
				name: 'planFamilyUid',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getPlanFamilies' },
				default: '',
				description:
					'Only plans of this family. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			}, 'PlanFamily.Uid'),
		],
		conditionPlaceholder: 'MonthlyRate or Name',
		sortable: ['Name', 'MonthlyRate', 'AnnualRate', 'Created'],
		fieldsExample: 'Uid,Name,MonthlyRate,PlanAddOns.AddOn.Name', record: 'plan',
	}),
});
