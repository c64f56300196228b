import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { getManyFields } from '../../shared/descriptions';
import { simplifyListSubscriber } from '../../shared/simplify';
import { listIdField } from './shared';

export const getAll = defineOperation(outseta, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many subscribers of an email list',
	description: 'List the subscriptions of one email list',
	method: 'GET',
	path: '/email/lists/{listId}/subscriptions',
	output: 'list',
	simplify: simplifyListSubscriber,
	properties: [
		listIdField,
		...getManyFields({
			conditionPlaceholder: 'EmailListSubscriberStatus or Person.Email',
			sortable: ['SubscribedDate', 'Created', 'UnsubscribedDate'],
			fieldsExample: 'Uid,SubscribedDate,Person.Email', record: 'emailListSubscription',
			simplify: true,
		}),
	],
});
