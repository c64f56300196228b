import { simplifyField } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { includeOption, listFields, optionsCollection } from '../../shared/fields';
import { customerLocator } from '../../shared/locators';
import { simplifySubscription } from '../../shared/simplify';

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
		customerLocator(),
		...listFields(),
		optionsCollection([
			includeOption([
				['Rate Plans', 'rateplan'],
				['Rate Plan Charges', 'rateplanCharge'],
			]),
		]),
		simplifyField,
	],
});
