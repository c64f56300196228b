import { queryField } from '../../../../shared/fields';
import { defineOperation } from '../../../../shared/operations';
import { RATE_PLAN_STATUSES } from '../../../shared/statuses';
import { rebilliaStorefront } from '../../../shared/storefront';
import { idLocator, listFields, optionsCollection } from '../../../shared/fields';

export const getRatePlans = defineOperation(rebilliaStorefront, {
	value: 'getRatePlans',
	name: 'Get Rate Plans',
	action: 'Get the rate plans of a product',
	description: 'The rate plans of a product in the catalog, with their charges and tiers',
	method: 'GET',
	path: '/products/{productId}/rateplans',
	output: 'list',
	properties: [
		idLocator({ displayName: 'Product ID', name: 'productId', noun: 'product', example: 8, description: 'The product in the Rebillia catalog' }),
		...listFields(),
		optionsCollection([
			queryField({ displayName: 'Status', name: 'status', type: 'options', default: 'published', description: 'Only rate plans in this status', options: RATE_PLAN_STATUSES }),
		]),
	],
});
