import { defineOperation } from '../../../shared/operations';
import { textField } from '../../shared/catalogSettingsFields';
import { rebillia } from '../../shared/api';
import { nestedRatePlansProperty } from '../ratePlan/ratePlanFields';
import { productProperties } from './productFields';

export const create = defineOperation(rebillia, {
	value: 'create',
	name: 'Create',
	action: 'Create a product',
	description: 'Create a product, optionally with its rate plans, charges and price tiers in one request',
	method: 'POST',
	path: '/products',
	properties: [
		textField('Name', 'name', 'e.g. Coffee Club', { required: true }),
		nestedRatePlansProperty,
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: productProperties('additionalFields'),
		},
	],
});
