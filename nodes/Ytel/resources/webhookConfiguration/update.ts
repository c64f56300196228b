import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { extraPropertiesField } from '../common';
import { configuration, configurationFields } from './shared';

export const update = defineOperation(ytel, {
	value: 'update',
	name: 'Update',
	action: 'Update a webhook configuration',
	description: 'Change a webhook configuration; only the fields added are sent',
	method: 'PUT',
	path: '/v4/callback/configuration/{callbackId}',
	properties: [
		configuration,
		{ displayName: 'Update Fields', name: 'updateFields', type: 'collection', placeholder: 'Add Field', default: {}, options: configurationFields('updateFields') },
		extraPropertiesField('{"responseMapping": {"firstname": "$.user.firstname"}}'),
	],
});
