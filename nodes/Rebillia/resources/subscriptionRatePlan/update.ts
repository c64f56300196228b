import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { ratePlanIdField } from './shared';
import { bodyCollection } from '../../shared/fields';
import { subscriptionLocator } from '../../shared/locators';

export const update = defineOperation(rebillia, {
	value: 'update',
	name: 'Update',
	action: 'Update a subscription rate plan',
	description: 'Rename a rate plan of a subscription',
	method: 'PUT',
	path: '/subscriptions/{subscriptionId}/rateplans/{ratePlanId}',
	properties: [
		subscriptionLocator(),
		ratePlanIdField,
		bodyCollection({
			displayName: 'Update Fields',
			name: 'updateFields',
			fields: [{ key: 'name', label: 'Name', kind: 'text', placeholder: 'e.g. Monthly' }],
		}),
	],
});
