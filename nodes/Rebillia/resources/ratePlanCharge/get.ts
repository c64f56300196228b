import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { includeOption, optionsCollection } from '../../shared/fields';
import { ratePlanChargeLocator } from '../../shared/locators';

export const get = defineOperation(rebillia, {
	value: 'get',
	name: 'Get',
	action: 'Get a rate plan charge',
	description: 'Get a charge of a product rate plan with its price tiers',
	method: 'GET',
	path: '/product-rateplan-charges/{ratePlanChargeId}',
	properties: [ratePlanChargeLocator(), optionsCollection([includeOption([['Charge Tier', 'chargeTier']])])],
});
