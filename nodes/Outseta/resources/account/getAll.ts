import { defineOperation } from '../../../shared/operations';
import { limitField, returnAllField, simplifyField } from '../../../shared/fields';
import { outseta } from '../../shared/api';
import { accountStageOptions, filtersField, getManyOptions } from '../../shared/descriptions';
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
	properties: [
		returnAllField,
		limitField,
		filtersField([
			{
				displayName: 'Account Stage',
				name: 'AccountStage',
				type: 'options',
				options: accountStageOptions,
				default: 2,
				description: 'Only accounts in this stage',
				routing: { send: { type: 'query', property: 'AccountStage' } },
			},
			{
				displayName: 'Name',
				name: 'Name',
				type: 'string',
				default: '',
				description: 'Only accounts with this exact name',
				routing: { send: { type: 'query', property: 'Name' } },
			},
		]),
		getManyOptions,
		simplifyField,
	],
});
