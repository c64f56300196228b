import { bodyField } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operations';
import { xonvo } from '../../shared/api';
import { accountProperties } from './accountFields';

export const create = defineOperation(xonvo, {
	value: 'create',
	name: 'Create',
	action: 'Create an account',
	description: 'Create an account (a business whose leads XONVO talks to); returns its ID',
	method: 'POST',
	path: '/accounts',
	properties: [
		bodyField({ displayName: 'Name', name: 'name', type: 'string', required: true, default: '', placeholder: 'e.g. Acme Account' }, 'name'),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: accountProperties('additionalFields', true),
		},
	],
});
