import { defineOperation } from '../../../shared/operations';
import { rebillia } from '../../shared/api';
import { subscriptionLocator } from '../../shared/locators';

export const deleteSubscription = defineOperation(rebillia, {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a subscription',
	description: 'Delete a subscription',
	method: 'DELETE',
	path: '/subscriptions/{subscriptionId}',
	output: 'deleted',
	properties: [subscriptionLocator()],
});
