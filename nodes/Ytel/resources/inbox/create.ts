import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { extraPropertiesField, requiredText } from '../common';
import { displayName, clientIds } from './shared';

export const create = defineOperation(ytel, {
	value: 'create',
	name: 'Create',
	action: 'Create an inbox',
	description: 'Add an inbox',
	method: 'POST',
	path: '/v4/inbox/create',
	properties: [requiredText('Name', 'name', 'e.g. TestBox', { description: 'The inbox’s name (its ID)' }), displayName, clientIds, extraPropertiesField('{"clientIds": []}')],
});
