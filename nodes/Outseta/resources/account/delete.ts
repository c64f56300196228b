import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { accountLocator } from '../../shared/descriptions';

export const remove = defineOperation(outseta, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete an account',
	description: 'Delete an account record',
	method: 'DELETE',
	path: '/crm/accounts/{accountId}',
	output: 'deleted',
	properties: [accountLocator],
});
