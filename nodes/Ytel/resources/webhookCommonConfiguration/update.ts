import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { extraPropertiesField } from '../common';
import { configuration, commonFields } from './shared';

export const update = defineOperation(ytel, {
	value: 'update',
	name: 'Update',
	action: 'Update a webhook common configuration',
	description: 'Change a webhook common configuration; only the fields added are sent',
	method: 'PUT',
	path: '/v4/callback/authentication/{callbackAuthId}',
	properties: [
		configuration,
		{ displayName: 'Update Fields', name: 'updateFields', type: 'collection', placeholder: 'Add Field', default: {}, options: commonFields('updateFields') },
		extraPropertiesField('{"headers": {"X-Source": "n8n"}}'),
	],
});
