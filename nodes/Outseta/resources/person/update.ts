import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { personLocator, writeOptions } from '../../shared/descriptions';
import { personProperties } from './personFields';

export const update = defineOperation(outseta, {
	value: 'update',
	name: 'Update',
	action: 'Update a person',
	description: 'Change some properties of a person; the ones left out keep their values',
	method: 'PUT',
	path: '/crm/people/{personId}',
	properties: [
		personLocator,
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: personProperties('updateFields', true),
		},
		writeOptions,
	],
});
