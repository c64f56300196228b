import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { fieldCollection, planAndTerm, textField } from '../../shared/descriptions';
import { accountProperties } from './accountFields';

export const register = defineOperation(outseta, {
	value: 'register',
	name: 'Register',
	action: 'Register an account',
	description:
		'Sign up a new account with its primary person and a plan, as the sign-up form does (sends the confirmation email unless turned off in Outseta)',
	method: 'POST',
	path: '/crm/registrations',
	properties: [
		textField('Email', 'personEmail', 'PersonAccount[0].Person.Email', 'e.g. name@email.com', { required: true }),
		textField('First Name', 'personFirstName', 'PersonAccount[0].Person.FirstName', 'e.g. Ada'),
		textField('Last Name', 'personLastName', 'PersonAccount[0].Person.LastName', 'e.g. Lovelace'),
		{
			displayName: 'Primary',
			name: 'primary',
			type: 'hidden',
			default: true,
			routing: { send: { type: 'body', property: 'PersonAccount[0].IsPrimary' } },
		},
		...planAndTerm('Subscriptions[0].', 'locator'),
		fieldCollection('additionalFields', accountProperties('additionalFields', 'register')),
	],
});
