import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { uidField } from '../../shared/descriptions';
import { listIdField } from './shared';

export const unsubscribe = defineOperation(outseta, {
	value: 'unsubscribe',
	name: 'Unsubscribe',
	action: 'Remove a subscriber from an email list',
	description: 'Remove one subscription from an email list',
	method: 'DELETE',
	path: '/email/lists/{listId}/subscriptions/{subscriptionId}',
	output: 'deleted',
	properties: [
		listIdField,
		uidField('Subscription Uid', 'subscriptionId', 'e.g. KL9ngWZG', 'The Uid of the subscription (from Get Many of the list)'),
	],
});
