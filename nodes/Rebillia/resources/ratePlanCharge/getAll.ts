import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { includeOption, listFields, optionsCollection, sortOptions } from '../../shared/fields';
import { ratePlanLocator } from '../../shared/locators';

export const getAll = defineOperation(rebillia, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many charges of a rate plan',
	description: 'List the charges of a product rate plan',
	method: 'GET',
	path: '/product-rateplans/{ratePlanId}/product-rateplan-charges',
	output: 'list',
	properties: [
		ratePlanLocator(),
		...listFields(),
		optionsCollection([
			includeOption([
				['Charge Tier', 'chargeTier'],
				['External Product', 'externalProduct'],
			]),
			...sortOptions(['createdAt', 'updatedAt', 'name', 'chargeType', 'chargeModel']),
		]),
	],
});
