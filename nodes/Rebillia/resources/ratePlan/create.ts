import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { productCharges } from '../../shared/charges';
import { bodyCollection, bodyProperty } from '../../shared/fields';
import { productLocator } from '../../shared/locators';
import { RATE_PLAN_EXTRA_EXAMPLE, ratePlanFields, ratePlanName } from './ratePlanFields';

export const create = defineOperation(rebillia, {
	value: 'create',
	name: 'Create',
	action: 'Create a rate plan',
	description: 'Add a rate plan to a product, optionally with its charges and price tiers',
	method: 'POST',
	path: '/product-rateplans',
	properties: [
		productLocator({ send: { type: 'body', property: 'productId' }, description: 'The product the rate plan belongs to' }),
		bodyProperty({ ...ratePlanName, required: true }),
		bodyProperty(productCharges('productRateplanCharge')),
		bodyCollection({ displayName: 'Additional Fields', name: 'additionalFields', fields: ratePlanFields, extraExample: RATE_PLAN_EXTRA_EXAMPLE }),
	],
});
