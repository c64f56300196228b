import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { listFields, optionsCollection, sortOptions } from '../../shared/fields';
import { customerLocator } from '../../shared/locators';

export const getAll = defineOperation(rebillia, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many customer payment methods',
	description: "List a customer's stored cards and bank accounts",
	method: 'GET',
	path: '/customers/{customerId}/paymentmethods',
	output: 'list',
	properties: [customerLocator(), ...listFields(), optionsCollection(sortOptions(['type', 'accountType', 'accountName']))],
});
