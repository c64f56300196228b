import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { fieldCollection, personChoice, textField, writeOptions } from '../../shared/descriptions';
import { bodyValue, refuse } from '../../shared/validate';
import { accountProperties } from './accountFields';

const [primaryPerson, ...personFields] = personChoice('primaryPerson', 'PersonAccount[0].Person', 'Primary Person');

export const create = defineOperation(outseta, {
	value: 'create',
	name: 'Create',
	action: 'Create an account',
	description: 'Add an account with a new or existing person as its primary contact',
	method: 'POST',
	path: '/crm/accounts',
	properties: [
		textField('Name', 'name', 'Name', 'e.g. Acme, LLC', { required: true }),
		{ ...primaryPerson, routing: { send: { type: 'body', property: 'PersonAccount[0].IsPrimary', value: '={{ true }}' } } },
		...personFields,
		{
			displayName: 'Send Confirmation Email',
			name: 'sendConfirmationEmail',
			type: 'boolean',
			default: false,
			displayOptions: { show: { primaryPerson: ['new'] } },
			description: 'Whether to email the new person a link to confirm their address and set a password',
			routing: { send: { type: 'query', property: 'sendConfirmationEmail' } },
		},
		fieldCollection('additionalFields', accountProperties('additionalFields', 'create')),
		writeOptions,
	],
	validate(request) {
		const subscription = bodyValue(request.body, 'Subscriptions.0');
		if (subscription && !String(bodyValue(subscription, 'Plan.Uid') ?? '').trim()) {
			refuse(this, '"Plan" is required in "Subscription"', 'Pick the plan the account starts on, or remove the Subscription. Nothing was sent to Outseta.');
		}
	},
});
