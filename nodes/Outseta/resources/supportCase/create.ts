import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { bodyField, caseSourceOptions, inBody, personLocator, textField } from '../../shared/descriptions';

export const create = defineOperation(outseta, {
	value: 'create',
	name: 'Create',
	action: 'Create a support case',
	description: 'Open a support case on behalf of a person',
	method: 'POST',
	path: '/support/cases',
	properties: [
		{ ...inBody(personLocator, 'FromPerson'), displayName: 'From Person', description: 'The person who asks for help' },
		textField('Subject', 'subject', 'Subject', 'e.g. Cannot sign in', { required: true }),
		textField('Body', 'body', 'Body', 'e.g. The sign-in page says my password is wrong.', { typeOptions: { rows: 4 } }),
		bodyField({ displayName: 'Source', name: 'source', type: 'options', options: caseSourceOptions, default: 1, description: 'Where the request came from' }, 'Source'),
		{
			displayName: 'Send Auto-Responder',
			name: 'sendAutoResponder',
			type: 'boolean',
			default: true,
			description: "Whether Outseta sends the person its automatic reply (the support settings' auto-responder)",
			routing: { send: { type: 'query', property: 'sendAutoResponder' } },
		},
	],
});
