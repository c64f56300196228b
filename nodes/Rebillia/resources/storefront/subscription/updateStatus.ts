import { defineOperation } from '../../../../shared/operations';
import { rebilliaStorefront } from '../../../shared/storefront';
import { subscriptionStatusProperty } from '../../../shared/statuses';
import { subscriptionIdField } from './shared';

export const updateStatus = defineOperation(rebilliaStorefront, {
	value: 'updateStatus',
	name: 'Update Status',
	action: 'Change the status of a subscription',
	description: 'Pause, cancel, archive or reactivate a subscription of the shopper',
	method: 'PUT',
	path: '/subscriptions/{subscriptionId}/status',
	properties: [
		subscriptionIdField,
		subscriptionStatusProperty('paused'),
	],
});
