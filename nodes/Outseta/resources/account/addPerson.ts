import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { accountLocatorInBody, bodyField, personLocator } from '../../shared/descriptions';
import { newPersonFields } from './accountFields';

export const addPerson = defineOperation(outseta, {
	value: 'addPerson',
	name: 'Add Person',
	action: 'Add a person to an account',
	description: 'Add a new or existing person to an account',
	method: 'POST',
	path: '/crm/accounts/{accountId}/memberships',
	properties: [
		accountLocatorInBody,
		{
			displayName: 'Person',
			name: 'personMode',
			type: 'options',
			noDataExpression: true,
			default: 'existing',
			options: [
				{ name: 'Existing Person', value: 'existing' },
				{ name: 'New Person', value: 'new' },
			],
		},
		{
			...personLocator,
			displayOptions: { show: { personMode: ['existing'] } },
			routing: { send: { type: 'body', property: 'Person.Uid' } },
		},
		...newPersonFields('Person').map((field) => ({
			...field,
			displayOptions: { show: { personMode: ['new'] } },
		})),
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
			description: 'Whether to email the person a welcome message',
			routing: { send: { type: 'query', property: 'sendWelcomeEmail' } },
		},
	],
});
