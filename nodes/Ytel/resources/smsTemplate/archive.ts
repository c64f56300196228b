import { defineOperation } from '../../../shared/operations';
import { ytel } from '../../shared/api';
import { templateLocator } from '../common';

export const archive = defineOperation(ytel, {
	value: 'archive',
	name: 'Archive',
	action: 'Archive an SMS template',
	description: 'Archive an SMS template (Unarchive brings it back)',
	method: 'DELETE',
	path: '/v4/smstemplate/{templateId}',
	properties: [templateLocator],
});
