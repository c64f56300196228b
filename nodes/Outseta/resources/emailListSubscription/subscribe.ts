import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { bodyField, personChoice } from '../../shared/descriptions';
import { listIdField } from './shared';

export const subscribe = defineOperation(outseta, {
	value: 'subscribe',
	name: 'Subscribe',
	action: 'Subscribe a person to an email list',
	description: 'Add a new or existing person to an email list',
	method: 'POST',
	path: '/email/lists/{listId}/subscriptions',
	properties: [
		// Outseta wants the list in the body too.
		{ ...listIdField, routing: { send: { type: 'body', property: 'EmailList.Uid' } } },
		...personChoice('personMode', 'Person'),
		bodyField(
			{
				displayName: 'Send Welcome Email',
				name: 'sendWelcomeEmail',
				type: 'boolean',
				default: false,
				description: "Whether to send the list's welcome email",
			},
			'SendWelcomeEmail',
		),
	],
});
