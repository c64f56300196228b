import { defineOperation } from '../../../shared/operations';
import { ratePlanChargeLocator } from '../../shared/locators';
import { rebillia } from '../../shared/api';

export const deleteRatePlanCharge = defineOperation(rebillia, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a rate plan charge',
	description: 'Delete a charge from its rate plan',
	method: 'DELETE',
	path: '/product-rateplan-charges/{ratePlanChargeId}',
	output: 'deleted',
	properties: [ratePlanChargeLocator()],
});
