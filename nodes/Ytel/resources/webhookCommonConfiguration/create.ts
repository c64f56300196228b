import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { extraPropertiesField } from '../common';
import { commonFields } from './shared';

export const create = defineOperation(ytel, {
	value: 'create',
	name: 'Create',
	action: 'Create a webhook common configuration',
	description: 'Add headers and credentials shared by webhook configurations',
	method: 'POST',
	path: '/v4/callback/authentication',
	properties: [
		...commonFields().map((property) => (property.name === 'name' ? { ...property, required: true } : property)),
		extraPropertiesField('{"headers": {"X-Source": "n8n"}}'),
	],
});
