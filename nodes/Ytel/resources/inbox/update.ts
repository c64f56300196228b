import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { extraPropertiesField, listBodyField, text } from '../common';
import { accountSid, inboxInPath, displayName } from './shared';

export const update = defineOperation(ytel, {
	value: 'update',
	name: 'Update',
	action: 'Update an inbox',
	description: 'Change an inbox’s display name and clients',
	method: 'PUT',
	path: '/v4/inbox/{inboxName}',
	properties: [
		inboxInPath,
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [text('Name', 'name', 'e.g. testbox', { description: 'The inbox’s name' }), displayName, listBodyField({ displayName: 'Client IDs', name: 'clientIds', placeholder: 'e.g. 3f1c…', description: 'The clients (users) who see the inbox, separated by commas' }, 'clientIds', 'updateFields'), accountSid],
		},
		extraPropertiesField('{"clientIds": []}'),
	],
});
