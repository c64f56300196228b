import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { accountLocator, fieldCollection, writeOptions } from '../../shared/descriptions';
import { accountProperties } from './accountFields';

export const update = defineOperation(outseta, {
	value: 'update',
	name: 'Update',
	action: 'Update an account',
	description: 'Change some properties of an account; the ones left out keep their values',
	method: 'PUT',
	path: '/crm/accounts/{accountId}',
	properties: [accountLocator, fieldCollection('updateFields', accountProperties('updateFields', 'update')), writeOptions],
});
