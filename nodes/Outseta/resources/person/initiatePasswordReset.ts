import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { bodyField } from '../../shared/descriptions';

export const initiatePasswordReset = defineOperation(outseta, {
	value: 'initiatePasswordReset',
	name: 'Initiate Password Reset',
	action: 'Send a password reset email',
	description: 'Email a person a link to reset their password; the link is valid for 30 minutes',
	method: 'POST',
	path: '/crm/people/forgotPassword',
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
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Reset Page URL',
					name: 'parentUrl',
					type: 'string',
					default: '',
					placeholder: 'e.g. https://example.com/reset-password',
					description:
						'Page the reset link points to (with the reset token added to its query string); it needs the Outseta script loaded',
					routing: { send: { type: 'query', property: 'parentUrl' } },
				},
			],
		},
	],
});
