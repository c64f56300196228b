import { simplifyField } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { customerLocator, readOptions } from '../../shared/coreDescriptions';
import { simplifyCustomer } from '../../shared/coreSimplify';
import { customerInclude } from './include';

export const get = defineOperation(rebillia, {
	value: 'get',
	name: 'Get',
	action: 'Get a customer',
	description: 'Retrieve one customer, optionally with related records',
	method: 'GET',
	path: '/customers/{customerId}',
	simplify: simplifyCustomer,
	properties: [customerLocator, readOptions([customerInclude]), simplifyField],
});
