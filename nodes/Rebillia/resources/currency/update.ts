import { defineOperation } from '../../../shared/operations';
import { currencyLocator } from '../../shared/catalogLocators';
import { rebillia } from '../../shared/api';
import { currencyProperties } from './currencyFields';

export const update = defineOperation(rebillia, {
	value: 'update',
	name: 'Update',
	action: 'Update a company currency',
	description: 'Change the conversion rate of a company currency',
	method: 'PUT',
	path: '/currencies/{companyCurrencyId}',
	properties: [
		currencyLocator(),
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: currencyProperties('updateFields'),
		},
	],
});
