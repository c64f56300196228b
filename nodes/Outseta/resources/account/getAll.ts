import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { accountStageOptions, getManyFields, queryFilter } from '../../shared/descriptions';
import { simplifyAccount } from '../../shared/simplify';

export const getAll = defineOperation(outseta, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many accounts',
	description: 'List accounts, for example all trialing ones',
	method: 'GET',
	path: '/crm/accounts',
	output: 'list',
	simplify: simplifyAccount,
	properties: getManyFields({
		filters: [
			queryFilter({
				displayName: 'Account Stage',
				name: 'AccountStage',
				type: 'options',
				options: accountStageOptions,
				default: 2,
				description: 'Only accounts in this stage',
			}),
			queryFilter({
				displayName: 'Name',
				name: 'Name',
				type: 'string',
				default: '',
				placeholder: 'e.g. Acme, LLC',
				description: 'Only accounts with this exact name',
			}),
		],
		conditionPlaceholder: 'AccountStageLabel or Created',
		sortable: ['Created', 'Updated', 'Name', 'AccountStage'],
		fieldsExample: 'Uid,Name,CurrentSubscription.Plan.Name', record: 'account',
		simplify: true,
	}),
});
