import { defineOperation } from '../../../shared/operations';
import { simplifyField } from '../../../shared/fields';
import { outseta } from '../../shared/api';
import { accountLocator, getOptions } from '../../shared/descriptions';
import { simplifyAccount } from '../../shared/simplify';

export const get = defineOperation(outseta, {
	value: 'get',
	name: 'Get',
	action: 'Get an account',
	description: 'Retrieve one account',
	method: 'GET',
	path: '/crm/accounts/{accountId}',
	simplify: simplifyAccount,
	properties: [accountLocator, getOptions('Uid,Name,CurrentSubscription.Plan.Name', 'account'), simplifyField],
});
