import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { includeOption, listFields, optionsCollection, sortOptions } from '../../shared/fields';
import { productLocator } from '../../shared/locators';
import { RATE_PLAN_STATUSES, statusFilter } from '../../shared/statuses';

export const getAll = defineOperation(rebillia, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many rate plans of a product',
	description: 'List the rate plans of a product, with their charges',
	method: 'GET',
	path: '/products/{productId}/product-rateplans',
	output: 'list',
	properties: [
		productLocator(),
		...listFields(),
		optionsCollection([
			includeOption([
				['Charge Tier', 'chargeTier'],
				['Rate Plan Charge', 'productRateplanCharge'],
			]),
			statusFilter(RATE_PLAN_STATUSES, 'published', 'rate plans'),
			...sortOptions(['createdAt', 'updatedAt', 'status', 'name']),
		]),
	],
});
