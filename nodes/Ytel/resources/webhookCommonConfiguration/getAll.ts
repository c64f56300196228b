import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { listFields } from '../common';

export const getAll = defineOperation(ytel, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many webhook common configurations',
	description: 'List the webhook common configurations',
	method: 'GET',
	path: '/v4/callback/authentication',
	output: 'list',
	properties: listFields,
});
