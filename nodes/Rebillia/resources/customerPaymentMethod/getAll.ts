import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { bareListFields, customerLocator, orderByOption, readOptions, sortByOption } from '../../shared/coreDescriptions';

export const getAll = defineOperation(rebillia, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many customer payment methods',
	description: "List a customer's stored cards and bank accounts",
	method: 'GET',
	path: '/customers/{customerId}/paymentmethods',
	output: 'list',
	properties: [customerLocator, ...bareListFields(), readOptions([orderByOption, sortByOption])],
});
