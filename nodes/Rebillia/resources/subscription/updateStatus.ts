import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { subscriptionLocator } from '../../shared/coreDescriptions';
import { bodyProperty } from '../../shared/coreFields';

export const updateStatus = defineOperation(rebillia, {
	value: 'updateStatus',
	name: 'Update Status',
	action: 'Update the status of a subscription',
	description: 'Activate, pause, cancel or archive a subscription',
	method: 'PUT',
	path: '/subscriptions/{subscriptionId}/status',
	properties: [
		subscriptionLocator,
		bodyProperty(
			{
				key: 'status',
				label: 'Status',
				kind: 'options',
				// Rebillia's documents disagree on the allowed values: all of them are offered, and
				// Rebillia says which it refuses.
				options: [
					{ name: 'Active', value: 'active' },
					{ name: 'Archived', value: 'archived' },
					{ name: 'Cancelled', value: 'cancelled' },
					{ name: 'Paused', value: 'paused' },
					{ name: 'Request Payment', value: 'requestPayment' },
				],
				default: 'active',
				required: true,
			},
			{ hint: 'If Rebillia refuses a status, its error message lists the ones it takes' },
		),
	],
});
