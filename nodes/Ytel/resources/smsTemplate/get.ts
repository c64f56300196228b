import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { templateLocator } from '../common';

export const get = defineOperation(ytel, {
	value: 'get',
	name: 'Get',
	action: 'Get an SMS template',
	description: 'Get an SMS template by its ID',
	method: 'GET',
	path: '/v4/smstemplate/{templateId}',
	properties: [templateLocator],
});
