import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { bodyField, personLocator, writeOptions } from '../../shared/descriptions';
import { accountProperties, newPersonFields } from './accountFields';

const existing = { primaryPerson: ['existing'] };
const fresh = { primaryPerson: ['new'] };

export const create = defineOperation(outseta, {
	value: 'create',
	name: 'Create',
	action: 'Create an account',
	description: 'Add an account with a new or existing person as its primary contact',
	method: 'POST',
	path: '/crm/accounts',
	properties: [
		bodyField(
			{ displayName: 'Name', name: 'name', type: 'string', required: true, default: '' },
			'Name',
		),
		{
			displayName: 'Primary Person',
			name: 'primaryPerson',
			type: 'options',
			noDataExpression: true,
			default: 'existing',
			options: [
				{ name: 'Existing Person', value: 'existing' },
				{ name: 'New Person', value: 'new' },
			],
			routing: { send: { type: 'body', property: 'PersonAccount[0].IsPrimary', value: '={{ true }}' } },
		},
		{
			...personLocator,
			displayOptions: { show: existing },
			routing: { send: { type: 'body', property: 'PersonAccount[0].Person.Uid' } },
		},
		...newPersonFields('PersonAccount[0].Person').map((field) => ({
			...field,
			displayOptions: { show: fresh },
		})),
		{
			displayName: 'Send Confirmation Email',
			name: 'sendConfirmationEmail',
			type: 'boolean',
			default: false,
			displayOptions: { show: fresh },
			description: 'Whether to send the new person a confirmation email',
			routing: { send: { type: 'query', property: 'sendConfirmationEmail' } },
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: accountProperties('additionalFields', 'create'),
		},
		writeOptions,
	],
});
