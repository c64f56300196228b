import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { bodyCollection } from '../../shared/fields';
import { companyCurrencyLocator } from '../../shared/locators';
import { CURRENCY_EXTRA_EXAMPLE, currencyFields } from './currencyFields';

export const update = defineOperation(rebillia, {
	value: 'update',
	name: 'Update',
	action: 'Update a company currency',
	description: 'Change the conversion rate of a company currency',
	method: 'PUT',
	path: '/currencies/{companyCurrencyId}',
	properties: [
		companyCurrencyLocator(),
		bodyCollection({ displayName: 'Update Fields', name: 'updateFields', fields: currencyFields, extraExample: CURRENCY_EXTRA_EXAMPLE }),
	],
});
