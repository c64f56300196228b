import { simplifyField } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { customerInclude } from './include';
import { optionsCollection } from '../../shared/fields';
import { customerLocator } from '../../shared/locators';
import { simplifyCustomer } from '../../shared/simplify';

export const get = defineOperation(rebillia, {
	value: 'get',
	name: 'Get',
	action: 'Get a customer',
	description: 'Retrieve one customer, optionally with related records',
	method: 'GET',
	path: '/customers/{customerId}',
	simplify: simplifyCustomer,
	properties: [customerLocator(), optionsCollection([customerInclude]), simplifyField],
});
