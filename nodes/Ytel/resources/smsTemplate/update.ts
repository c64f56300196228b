import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { templateLocator } from '../common';
import { extra, updateFields } from './shared';

export const update = defineOperation(ytel, {
	value: 'update',
	name: 'Update',
	action: 'Update an SMS template',
	description: 'Change an SMS template; only the fields added are sent',
	method: 'PUT',
	path: '/v4/smstemplate/{templateId}',
	properties: [templateLocator, updateFields, extra],
});
