import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { accountLocatorInBody, bodyField, personChoice } from '../../shared/descriptions';

export const addPerson = defineOperation(outseta, {
	value: 'addPerson',
	name: 'Add Person',
	action: 'Add a person to an account',
	description: 'Add a new or existing person to an account',
	method: 'POST',
	path: '/crm/accounts/{accountId}/memberships',
	properties: [
		accountLocatorInBody,
		...personChoice('personMode', 'Person'),
		bodyField(
			{
				displayName: 'Primary',
				name: 'isPrimary',
				type: 'boolean',
				default: false,
				description: 'Whether this person becomes the primary contact of the account',
			},
			'IsPrimary',
		),
		{
			displayName: 'Send Welcome Email',
			name: 'sendWelcomeEmail',
			type: 'boolean',
			default: false,
			displayOptions: { show: { personMode: ['new'] } },
			description: 'Whether to email the new person a welcome message',
			routing: { send: { type: 'query', property: 'sendWelcomeEmail' } },
		},
	],
});
