import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { extraPropertiesField } from '../common';
import { configurationFields } from './shared';

export const create = defineOperation(ytel, {
	value: 'create',
	name: 'Create',
	action: 'Create a webhook configuration',
	description: 'Add a webhook Ytel calls on an event',
	method: 'POST',
	path: '/v4/callback/configuration',
	properties: [
		...configurationFields().map((property) => (['eventType', 'name', 'url'].includes(property.name) ? { ...property, required: true } : property)),
		extraPropertiesField('{"responseMapping": {"firstname": "$.user.firstname"}}'),
	],
});
