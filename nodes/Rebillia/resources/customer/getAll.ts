import { simplifyField } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { customerInclude } from './include';
import { filtersCollection, listFields, optionsCollection, queryText, savedFilterField, sortOptions } from '../../shared/fields';
import { simplifyCustomer } from '../../shared/simplify';

export const getAll = defineOperation(rebillia, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many customers',
	description: 'List customers, optionally matching a search text or a saved filter',
	method: 'GET',
	path: '/customers',
	output: 'list',
	simplify: simplifyCustomer,
	properties: [
		...listFields(),
		filtersCollection([
			queryText('Search', 'query', 'e.g. name@email.com', 'Only customers whose details contain this text, e.g. an email address'),
			savedFilterField('customers'),
		]),
		optionsCollection([customerInclude, ...sortOptions(['createdAt', 'updatedAt', 'status', 'email', 'firstName', 'lastName', 'businessName'])]),
		simplifyField,
	],
});
