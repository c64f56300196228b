import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { listFields } from '../common';

export const getAll = defineOperation(ytel, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many contacts',
	description: 'List contacts (at most 1,000; use Search for more)',
	method: 'GET',
	path: '/v4/contact',
	output: 'list',
	properties: [
		{ ...listFields[0], hint: 'Ytel lists at most 1,000 contacts here; use Search to find others' },
		listFields[1],
	],
});
