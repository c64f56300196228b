import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { billingRenewalTermOptions, bodyField } from '../../shared/descriptions';
import { accountProperties, newPersonFields } from './accountFields';

export const register = defineOperation(outseta, {
	value: 'register',
	name: 'Register',
	action: 'Register an account',
	description:
		'Sign up a new account with its primary person and a plan, as the sign-up form does (sends the confirmation email unless turned off in Outseta)',
	method: 'POST',
	path: '/crm/registrations',
	properties: [
		...newPersonFields('PersonAccount[0].Person'),
		{
			displayName: 'Primary',
			name: 'primary',
			type: 'hidden',
			default: true,
			routing: { send: { type: 'body', property: 'PersonAccount[0].IsPrimary' } },
		},
		bodyField(
			{
				displayName: 'Plan Uid',
				name: 'planUid',
				type: 'string',
				required: true,
				default: '',
				placeholder: 'e.g. amRXjE9J',
			},
			'Subscriptions[0].Plan.Uid',
		),
		bodyField(
			{
				displayName: 'Billing Renewal Term',
				name: 'billingRenewalTerm',
				type: 'options',
				options: billingRenewalTermOptions,
				default: 1,
			},
			'Subscriptions[0].BillingRenewalTerm',
		),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				bodyField(
					{ displayName: 'Account Name', name: 'Name', type: 'string', default: '' },
					'Name',
				),
				...accountProperties('additionalFields', 'register'),
			],
		},
	],
});
