import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { includeOption, optionsCollection } from '../../shared/fields';
import { ratePlanLocator } from '../../shared/locators';

export const get = defineOperation(rebillia, {
	value: 'get',
	name: 'Get',
	action: 'Get a rate plan',
	description: 'Get a product rate plan with its charges',
	method: 'GET',
	path: '/product-rateplans/{ratePlanId}',
	properties: [ratePlanLocator(), optionsCollection([includeOption([['Rate Plan Charge', 'productRateplanCharge']])])],
});
