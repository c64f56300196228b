import { defineOperation } from '../../../shared/operations';
import { ratePlanLocator } from '../../shared/catalogLocators';
import { includeOption } from '../../shared/catalogSettingsFields';
import { rebillia } from '../../shared/api';

export const get = defineOperation(rebillia, {
	value: 'get',
	name: 'Get',
	action: 'Get a rate plan',
	description: 'Get a product rate plan',
	method: 'GET',
	path: '/product-rateplans/{ratePlanId}',
	properties: [
		ratePlanLocator(),
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [includeOption([['Rate Plan Charge', 'productRateplanCharge']])],
		},
	],
});
