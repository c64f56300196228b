import { defineOperation } from '../../../shared/operations';
import { companyCurrencyLocator } from '../../shared/locators';
import { rebillia } from '../../shared/api';

export const deleteCurrency = defineOperation(rebillia, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a company currency',
	description: 'Remove a currency from the company',
	method: 'DELETE',
	path: '/currencies/{companyCurrencyId}',
	output: 'deleted',
	properties: [companyCurrencyLocator()],
});
