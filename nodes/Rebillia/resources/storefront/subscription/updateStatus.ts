import { bodyField } from '../../../../shared/fields';
import { defineOperation } from '../../../../shared/operations';
import { rebilliaStorefront } from '../../../shared/storefront';
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
		bodyField(
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				required: true,
				default: 'paused',
				// Rebillia documents two lists (active/cancelled/paused and active/requestPayment/paused/archived): all are offered, its 400 says which it takes.
				options: [
					{ name: 'Active', value: 'active' },
					{ name: 'Archived', value: 'archived' },
					{ name: 'Cancelled', value: 'cancelled' },
					{ name: 'Paused', value: 'paused' },
					{ name: 'Request Payment', value: 'requestPayment' },
				],
				description: 'The new status; the store’s settings decide what a shopper may do, and Rebillia’s error says which statuses it takes',
			},
			'status',
		),
	],
});
