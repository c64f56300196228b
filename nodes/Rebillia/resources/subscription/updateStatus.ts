import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { subscriptionLocator } from '../../shared/locators';
import { subscriptionStatusProperty } from '../../shared/statuses';

export const updateStatus = defineOperation(rebillia, {
	value: 'updateStatus',
	name: 'Update Status',
	action: 'Update the status of a subscription',
	description: 'Activate, pause, cancel or archive a subscription',
	method: 'PUT',
	path: '/subscriptions/{subscriptionId}/status',
	properties: [
		subscriptionLocator(),
		subscriptionStatusProperty('active'),
	],
});
