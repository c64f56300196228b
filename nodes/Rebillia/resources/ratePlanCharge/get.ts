import { defineOperation } from '../../../shared/operations';
import { ratePlanChargeLocator } from '../../shared/catalogLocators';
import { includeOption } from '../../shared/catalogSettingsFields';
import { rebillia } from '../../shared/api';

export const get = defineOperation(rebillia, {
	value: 'get',
	name: 'Get',
	action: 'Get a rate plan charge',
	description: 'Get a charge of a product rate plan',
	method: 'GET',
	path: '/product-rateplan-charges/{ratePlanChargeId}',
	properties: [
		ratePlanChargeLocator(),
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [includeOption([['Charge Tier', 'chargeTier']])],
		},
	],
});
