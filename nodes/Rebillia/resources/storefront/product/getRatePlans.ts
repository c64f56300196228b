import { defineOperation } from '../../../../shared/operations';
import { rebilliaStorefront } from '../../../shared/storefront';
import { idLocator, listFields, optionsCollection } from '../../../shared/fields';
import { RATE_PLAN_STATUSES, statusFilter } from '../../../shared/statuses';

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
			statusFilter(RATE_PLAN_STATUSES, 'published', 'rate plans'),
		]),
	],
});
