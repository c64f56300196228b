import { defineOperation } from '../../../shared/operations';
import { simplifyField } from '../../../shared/fields';
import { outseta } from '../../shared/api';
import { dealLocator, getOptions } from '../../shared/descriptions';
import { simplifyDeal } from '../../shared/simplify';

export const get = defineOperation(outseta, {
	value: 'get',
	name: 'Get',
	action: 'Get a deal',
	description: 'Retrieve one deal',
	method: 'GET',
	path: '/crm/deals/{dealId}',
	simplify: simplifyDeal,
	properties: [dealLocator, getOptions('Uid,Name,DealPeople.Person.Email', 'deal'), simplifyField],
});
