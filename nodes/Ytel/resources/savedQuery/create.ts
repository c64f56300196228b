import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { queryProperties } from './shared';

export const create = defineOperation(ytel, {
	value: 'create',
	name: 'Create',
	action: 'Create a saved contact query',
	description: 'Save a contact query (statements on contact fields) under a name',
	method: 'POST',
	path: '/v4/query/contact',
	properties: queryProperties(),
});
