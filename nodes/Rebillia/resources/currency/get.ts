import { defineOperation } from '../../../shared/operations';
import { companyCurrencyLocator } from '../../shared/locators';
import { rebillia } from '../../shared/api';

export const get = defineOperation(rebillia, {
	value: 'get',
	name: 'Get',
	action: 'Get a company currency',
	description: 'Get one of the company’s currencies',
	method: 'GET',
	path: '/currencies/{companyCurrencyId}',
	properties: [companyCurrencyLocator()],
});
