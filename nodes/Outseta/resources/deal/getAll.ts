import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { getManyFields, queryFilter } from '../../shared/descriptions';
import { simplifyDeal } from '../../shared/simplify';

export const getAll = defineOperation(outseta, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many deals',
	description: 'List deals, with filters and sorting',
	method: 'GET',
	path: '/crm/deals',
	output: 'list',
	simplify: simplifyDeal,
	properties: getManyFields({
		filters: [
			queryFilter({ displayName: 'Pipeline Stage Uid', name: 'stageUid', type: 'string', default: '', placeholder: 'e.g. 4XQYqQPB' }, 'DealPipelineStage.Uid'),
			queryFilter({ displayName: 'Account Uid', name: 'accountUid', type: 'string', default: '', placeholder: 'e.g. 4XQYqQPB' }, 'Account.Uid'),
		],
		conditionPlaceholder: 'Amount or Created',
		sortable: ['Created', 'Updated', 'Name', 'Amount'],
		fieldsExample: 'Uid,Name,Amount,Account.Name', record: 'deal',
		simplify: true,
	}),
});
