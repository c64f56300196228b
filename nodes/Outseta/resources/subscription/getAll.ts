import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { accountLocator, getManyFields, queryFilter } from '../../shared/descriptions';
import { simplifySubscription } from '../../shared/simplify';

export const getAll = defineOperation(outseta, {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many subscriptions',
	description:
		"List subscriptions, e.g. those ending soon. Outseta documents this list only in its API guide, so it may change.",
	method: 'GET',
	path: '/billing/subscriptions',
	output: 'list',
	simplify: simplifySubscription,
	properties: getManyFields({
		filters: [
			queryFilter(
				{ ...accountLocator, name: 'accountUid', required: false, description: 'Only the subscriptions of this account' },
				'Account.Uid',
			),
			queryFilter({
				displayName: 'Plan Name or ID',
				name: 'planUid',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getPlans' },
				default: '',
				description:
					'Only subscriptions to this plan. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			}, 'Plan.Uid'),
		],
		conditionPlaceholder: 'EndDate or RenewalDate',
		sortable: ['Created', 'StartDate', 'EndDate', 'RenewalDate'],
		fieldsExample: 'Uid,RenewalDate,Plan.Name', record: 'subscription',
		simplify: true,
	}),
});
