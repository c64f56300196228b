import { simplifyField } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { bareListFields, customerLocator, includeOption, readOptions } from '../../shared/coreDescriptions';
import { simplifySubscription } from '../../shared/coreSimplify';

export const getSubscriptions = defineOperation(rebillia, {
	value: 'getSubscriptions',
	name: 'Get Subscriptions',
	action: 'Get the subscriptions of a customer',
	description: "List a customer's subscriptions",
	method: 'GET',
	path: '/customers/{customerId}/subscriptions',
	output: 'list',
	simplify: simplifySubscription,
	properties: [
		customerLocator,
		...bareListFields(),
		readOptions([
			includeOption([
				['Rate Plans', 'rateplan'],
				['Rate Plan Charges', 'rateplanCharge'],
			]),
		]),
		simplifyField,
	],
});
