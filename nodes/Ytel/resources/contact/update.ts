import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { conflictModeOptions, extraPropertiesField } from '../common';
import { contactDataField, keysField, removeKeysField } from './fields';
import { contactId } from './shared';

export const update = defineOperation(ytel, {
	value: 'update',
	name: 'Update',
	action: 'Update a contact',
	description: 'Change a contact’s fields and keys; only the fields added are sent',
	method: 'PUT',
	path: '/v4/contact/{contactId}',
	properties: [
		contactId,
		contactDataField,
		keysField,
		removeKeysField,
		{
			displayName: 'Options',
			name: 'contactOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Conflict Mode',
					name: 'conflictMode',
					type: 'options',
					options: conflictModeOptions,
					default: 'REPLACE',
					description: 'What Ytel does when a key belongs to another contact',
					routing: { send: { type: 'body', property: 'conflictMode' } },
				},
			],
		},
		extraPropertiesField('{"extData": {"variablename": "value"}}'),
	],
});
