import { defineOperation } from '../../../shared/operations';
import { productLocator } from '../../shared/catalogLocators';
import { textField } from '../../shared/catalogSettingsFields';
import { rebillia } from '../../shared/api';
import { productProperties } from './productFields';

export const update = defineOperation(rebillia, {
	value: 'update',
	name: 'Update',
	action: 'Update a product',
	description: 'Change the name, SKU, category, description or dates of a product',
	method: 'PUT',
	path: '/products/{productId}',
	properties: [
		productLocator(),
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [textField('Name', 'name', 'e.g. Coffee Club'), ...productProperties('updateFields')],
		},
	],
});
