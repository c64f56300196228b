import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { accountLocator, personLocator } from '../../shared/descriptions';

export const sendConfirmationEmail = defineOperation(outseta, {
	value: 'sendConfirmationEmail',
	name: 'Send Confirmation Email',
	action: 'Send a confirmation email',
	description: 'Send the sign-up confirmation email to people on an account',
	method: 'PUT',
	path: '/crm/accounts/{accountId}/send-confirmation-email',
	properties: [
		accountLocator,
		{
			displayName: 'Recipients',
			name: 'recipients',
			type: 'options',
			noDataExpression: true,
			default: 'primary',
			options: [
				{
					name: 'All People on the Account',
					value: 'all',
					routing: { request: { qs: { personUid: '*' } } },
				},
				{ name: 'Primary Person', value: 'primary' },
				{ name: 'Specific Person', value: 'person' },
			],
		},
		{
			...personLocator,
			displayOptions: { show: { recipients: ['person'] } },
			routing: { send: { type: 'query', property: 'personUid' } },
		},
	],
});
