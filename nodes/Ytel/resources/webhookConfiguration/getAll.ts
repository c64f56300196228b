import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { listFields } from '../common';

export const getAll = defineOperation(ytel, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many webhook configurations',
	description: 'List the webhook configurations',
	method: 'GET',
	path: '/v4/callback/configuration',
	output: 'list',
	properties: listFields,
});
