import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { includeOption, optionsCollection } from '../../shared/fields';
import { subscriptionLocator } from '../../shared/locators';

export const getNextBill = defineOperation(rebillia, {
	value: 'getNextBill',
	name: 'Get Next Bill',
	action: 'Get the next bill of a subscription',
	description: 'Preview the items and totals of the next bill of a subscription',
	method: 'GET',
	path: '/subscriptions/{subscriptionId}/nextBill',
	properties: [subscriptionLocator(), optionsCollection([includeOption([['Charge Tiers', 'chargeTier']])])],
});
