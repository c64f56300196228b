import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { personLocator, writeOptions } from '../../shared/descriptions';
import { personUpdateFields } from './personFields';

export const update = defineOperation(outseta, {
	value: 'update',
	name: 'Update',
	action: 'Update a person',
	description: 'Change some properties of a person; the ones left out keep their values',
	method: 'PUT',
	path: '/crm/people/{personId}',
	properties: [
		personLocator,
		personUpdateFields,
		writeOptions,
	],
});
