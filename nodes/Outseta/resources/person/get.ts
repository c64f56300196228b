import { defineOperation } from '../../../shared/operations';
import { simplifyField } from '../../../shared/fields';
import { outseta } from '../../shared/api';
import { getOptions, personLocator } from '../../shared/descriptions';
import { simplifyPerson } from '../../shared/simplify';

export const get = defineOperation(outseta, {
	value: 'get',
	name: 'Get',
	action: 'Get a person',
	description: 'Retrieve one person',
	method: 'GET',
	path: '/crm/people/{personId}',
	simplify: simplifyPerson,
	properties: [personLocator, getOptions('Uid,Email,PersonAccount.Account.Name', 'person'), simplifyField],
});
