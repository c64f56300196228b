import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { bodyCollection } from '../../shared/fields';
import { ratePlanLocator } from '../../shared/locators';
import { RATE_PLAN_EXTRA_EXAMPLE, ratePlanFields, ratePlanName } from './ratePlanFields';

export const update = defineOperation(rebillia, {
	value: 'update',
	name: 'Update',
	action: 'Update a rate plan',
	description: 'Change the name, description or dates of a rate plan; its charges change through Rate Plan Charge',
	method: 'PUT',
	path: '/product-rateplans/{ratePlanId}',
	properties: [
		ratePlanLocator(),
		bodyCollection({ displayName: 'Update Fields', name: 'updateFields', fields: [ratePlanName, ...ratePlanFields], extraExample: RATE_PLAN_EXTRA_EXAMPLE }),
	],
});
