import { defineOperation } from '../../../shared/operations';
import { ratePlanLocator } from '../../shared/catalogLocators';
import { includeOption, listFields, orderByOption, sortByOption } from '../../shared/catalogSettingsFields';
import { rebillia } from '../../shared/api';

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
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				includeOption([
					['Charge Tier', 'chargeTier'],
					['External Product', 'externalProduct'],
				]),
				orderByOption,
				sortByOption,
			],
		},
	],
});
