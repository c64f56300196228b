import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { bodyField, writeOptions } from '../../shared/descriptions';
import { personProperties } from './personFields';

export const create = defineOperation(outseta, {
	value: 'create',
	name: 'Create',
	action: 'Create a person',
	description: 'Add a person to the CRM',
	method: 'POST',
	path: '/crm/people',
	properties: [
		bodyField(
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				placeholder: 'e.g. name@email.com',
				required: true,
				default: '',
			},
			'Email',
		),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: personProperties('additionalFields', false),
		},
		writeOptions,
	],
});
