import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { templateLocator } from '../common';

export const unarchive = defineOperation(ytel, {
	value: 'unarchive',
	name: 'Unarchive',
	action: 'Unarchive an SMS template',
	description: 'Bring back an archived SMS template',
	method: 'PUT',
	path: '/v4/smstemplate/{templateId}/unarchive',
	properties: [templateLocator],
});
