import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { bodyCollection, bodyProperty } from '../../shared/fields';
import { productRatePlans } from '../ratePlan/ratePlanFields';
import { PRODUCT_EXTRA_EXAMPLE, productFields, productName } from './productFields';

export const create = defineOperation(rebillia, {
	value: 'create',
	name: 'Create',
	action: 'Create a product',
	description: 'Create a product, optionally with its rate plans, charges and price tiers in one request',
	method: 'POST',
	path: '/products',
	properties: [
		bodyProperty({ ...productName, required: true }),
		bodyProperty(productRatePlans),
		bodyCollection({ displayName: 'Additional Fields', name: 'additionalFields', fields: productFields, extraExample: PRODUCT_EXTRA_EXAMPLE }),
	],
});
