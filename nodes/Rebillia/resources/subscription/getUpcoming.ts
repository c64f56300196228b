import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { readOptions, subscriptionLocator } from '../../shared/coreDescriptions';
import { dayQueryField } from '../../shared/coreFields';

export const getUpcoming = defineOperation(rebillia, {
	value: 'getUpcoming',
	name: 'Get Upcoming Charges',
	action: 'Get the upcoming charges of a subscription',
	description: 'List the charges a subscription will bill, by rate plan',
	method: 'GET',
	path: '/subscriptions/{subscriptionId}/upcoming',
	properties: [
		subscriptionLocator,
		readOptions([
			dayQueryField({
				displayName: 'From Date',
				name: 'date',
				parameterPath: 'options.date',
				description: 'Upcoming charges from this day on (sent as YYYY-MM-DD)',
			}),
		]),
	],
});
