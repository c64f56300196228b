import { defineOperation } from '../../../shared/operations';
import { ratePlanLocator } from '../../shared/locators';
import { rebillia } from '../../shared/api';

export const deleteRatePlan = defineOperation(rebillia, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a rate plan',
	description: 'Delete a rate plan from its product',
	method: 'DELETE',
	path: '/product-rateplans/{ratePlanId}',
	output: 'deleted',
	properties: [ratePlanLocator()],
});
