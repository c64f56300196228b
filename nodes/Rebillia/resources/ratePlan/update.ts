import { defineOperation } from '../../../shared/operations';
import { ratePlanLocator } from '../../shared/catalogLocators';
import { textField } from '../../shared/catalogSettingsFields';
import { rebillia } from '../../shared/api';
import { ratePlanProperties } from './ratePlanFields';

export const update = defineOperation(rebillia, {
	value: 'update',
	name: 'Update',
	action: 'Update a rate plan',
	description: 'Change the name, description or dates of a rate plan; its charges change through Rate Plan Charge',
	method: 'PUT',
	path: '/product-rateplans/{ratePlanId}',
	properties: [
		ratePlanLocator(),
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [textField('Name', 'name', 'e.g. Monthly'), ...ratePlanProperties('updateFields')],
		},
	],
});
