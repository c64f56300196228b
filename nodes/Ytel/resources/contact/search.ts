import { defineOperation } from '../../../shared/operations';
import { ytel, ytelSearchPaging } from '../../shared/api';
import { extraPropertiesField, listFields } from '../common';
import { keysField, statementsField } from './fields';

export const search = defineOperation(ytel, {
	value: 'search',
	name: 'Search',
	action: 'Search contacts',
	description: 'Find contacts by keys or by statements on their fields (up to 10,000)',
	method: 'POST',
	path: '/v4/contact/search',
	output: 'list',
	paging: ytelSearchPaging,
	properties: [
		...listFields,
		{ ...keysField, description: 'Find the contacts holding these keys, separated by commas; keys win over statements' },
		statementsField('statements', false),
		extraPropertiesField('{"from": 0}'),
	],
});
