import { bodyField } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operations';
import { ratePlanLocator } from '../../shared/catalogLocators';
import { rebillia } from '../../shared/api';
import { RATE_PLAN_STATUSES } from './ratePlanFields';

export const updateStatus = defineOperation(rebillia, {
	value: 'updateStatus',
	name: 'Update Status',
	action: 'Update the status of a rate plan',
	description: 'Publish, disable or otherwise change the status of a rate plan',
	method: 'PUT',
	path: '/product-rateplans/{ratePlanId}/status',
	properties: [
		ratePlanLocator(),
		bodyField(
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				required: true,
				default: 'published',
				options: RATE_PLAN_STATUSES.map((status) => ({ name: status.charAt(0).toUpperCase() + status.slice(1), value: status })),
			},
			'status',
		),
	],
});
