import { defineOperation } from '../../../../shared/operations';
import { rebilliaStorefront } from '../../../shared/storefront';

export const getUpcoming = defineOperation(rebilliaStorefront, {
	value: 'getUpcoming',
	name: 'Get Upcoming Charges',
	action: "Get the shopper's upcoming charges",
	description: 'The coming charges of the shopper’s active subscriptions, one item per month with its days',
	method: 'GET',
	path: '/subscriptions/subscriptions-upcoming',
});
