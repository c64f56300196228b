import { defineOperation } from '../../../shared/operations';
import { limitField, returnAllField, simplifyField } from '../../../shared/fields';
import { outseta } from '../../shared/api';
import { filtersField, getManyOptions } from '../../shared/descriptions';
import { simplifyPerson } from '../../shared/simplify';

export const getAll = defineOperation(outseta, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many people',
	description: 'List people, with filters and sorting',
	method: 'GET',
	path: '/crm/people',
	output: 'list',
	simplify: simplifyPerson,
	properties: [
		returnAllField,
		limitField,
		filtersField([
			{
				displayName: 'Email',
				name: 'Email',
				type: 'string',
				placeholder: 'e.g. name@email.com',
				default: '',
				description: 'Only the person with this exact email',
				routing: { send: { type: 'query', property: 'Email' } },
			},
		]),
		getManyOptions,
		simplifyField,
	],
});
