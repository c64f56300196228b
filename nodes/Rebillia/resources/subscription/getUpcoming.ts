import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { dayField, optionsCollection } from '../../shared/fields';
import { subscriptionLocator } from '../../shared/locators';

export const getUpcoming = defineOperation(rebillia, {
	value: 'getUpcoming',
	name: 'Get Upcoming Charges',
	action: 'Get the upcoming charges of a subscription',
	description: 'List the charges a subscription will bill, by rate plan',
	method: 'GET',
	path: '/subscriptions/{subscriptionId}/upcoming',
	properties: [
		subscriptionLocator(),
		optionsCollection([
			dayField({
				displayName: 'From Date',
				name: 'date',
				collection: 'options',
				send: { type: 'query', property: 'date' },
				description: 'Upcoming charges from this day on',
			}),
		]),
	],
});
