import { defineOperation } from '../../../shared/operations';
import { productLocator } from '../../shared/catalogLocators';
import { includeOption, listFields, orderByOption, sortByOption } from '../../shared/catalogSettingsFields';
import { queryField } from '../../../shared/fields';
import { rebillia } from '../../shared/api';
import { RATE_PLAN_STATUSES } from './ratePlanFields';

export const getAll = defineOperation(rebillia, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many rate plans of a product',
	description: 'List the rate plans of a product',
	method: 'GET',
	path: '/products/{productId}/product-rateplans',
	output: 'list',
	properties: [
		productLocator(),
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
					['Rate Plan Charge', 'productRateplanCharge'],
				]),
				queryField({
					displayName: 'Status',
					name: 'status',
					type: 'options',
					default: 'published',
					description: 'Only rate plans in this status',
					options: RATE_PLAN_STATUSES.map((status) => ({ name: status.charAt(0).toUpperCase() + status.slice(1), value: status })),
				}),
				orderByOption,
				sortByOption,
			],
		},
	],
});
