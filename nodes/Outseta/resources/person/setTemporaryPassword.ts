import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { bodyField, personLocator } from '../../shared/descriptions';

export const setTemporaryPassword = defineOperation(outseta, {
	value: 'setTemporaryPassword',
	name: 'Set Temporary Password',
	action: 'Set a temporary password for a person',
	description: 'Give a person a password they must change at their next login',
	method: 'PUT',
	path: '/crm/people/{personId}/setTemporaryPassword',
	properties: [
		personLocator,
		bodyField(
			{
				displayName: 'Temporary Password',
				name: 'temporaryPassword',
				type: 'string',
				typeOptions: { password: true },
				required: true,
				default: '',
			},
			'temporaryPassword',
		),
	],
});
