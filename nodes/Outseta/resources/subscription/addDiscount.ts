import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { uidField } from '../../shared/descriptions';
import { subscriptionIdField } from './shared';

export const addDiscount = defineOperation(outseta, {
	value: 'addDiscount',
	name: 'Add Discount',
	action: 'Apply a discount to a subscription',
	description: 'Apply a discount coupon to a subscription',
	method: 'POST',
	// The collection writes this request without its base URL; it lives under the API root like the rest.
	path: '/billing/subscriptions/{subscriptionId}/discounts/{discountId}',
	properties: [subscriptionIdField, uidField('Discount Coupon Uid', 'discountId', 'e.g. dpWrQ6Wq', 'The Uid of the discount coupon (Discount Coupon: Create returns it)')],
});
