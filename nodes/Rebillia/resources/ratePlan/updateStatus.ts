import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { ratePlanLocator } from '../../shared/locators';
import { RATE_PLAN_STATUSES, statusProperty } from '../../shared/statuses';

export const updateStatus = defineOperation(rebillia, {
	value: 'updateStatus',
	name: 'Update Status',
	action: 'Update the status of a rate plan',
	description: 'Publish, disable or otherwise change the status of a rate plan',
	method: 'PUT',
	path: '/product-rateplans/{ratePlanId}/status',
	properties: [ratePlanLocator(), statusProperty(RATE_PLAN_STATUSES, 'published')],
});
