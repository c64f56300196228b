import type { INodeProperties } from 'n8n-workflow';
import { bodyField, locatorField } from '../../../shared/fields';
import { inBody } from './body';
import { optionsOf } from './numbered';

/**
 * Subscriptions and their plans: renewal terms, the plan and subscription pickers, and the plan
 * and term written once for every request that starts or changes a subscription.
 */

/** BillingRenewalTerm: 1 Monthly, 2 Annual, 3 Quarterly, 4 One-time. */
export const billingRenewalTermOptions = optionsOf({ 1: 'Monthly', 2: 'Annually', 3: 'Quarterly', 4: 'One Time' });

export const planLocator = locatorField({
	displayName: 'Plan',
	name: 'planId',
	noun: 'plan',
	searchListMethod: 'searchPlans',
	idPlaceholder: 'e.g. VdQG094Y',
});
export const subscriptionIdField = locatorField({
	displayName: 'Subscription',
	name: 'subscriptionId',
	noun: 'subscription',
	searchListMethod: 'searchSubscriptions',
	idPlaceholder: 'e.g. LmJM6VQP',
	description: "The subscription: pick it by account and plan, or give its Uid (an account's CurrentSubscription.Uid)",
});

/**
 * The plan and the renewal term of a subscription, sent as `{prefix}Plan.Uid` and
 * `{prefix}BillingRenewalTerm`. `picker`: a searchable plan picker (top-level fields) or a
 * dropdown of the plans (inside collections, where pickers are not offered).
 */
export function planAndTerm(prefix: string, picker: 'locator' | 'dropdown'): INodeProperties[] {
	const plan: INodeProperties =
		picker === 'locator'
			? inBody(planLocator, `${prefix}Plan`)
			: bodyField(
					{
						displayName: 'Plan Name or ID',
						name: 'planUid',
						type: 'options',
						typeOptions: { loadOptionsMethod: 'getPlans' },
						default: '',
						required: true,
						description:
							'The plan to subscribe to. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
					},
					`${prefix}Plan.Uid`,
				);
	return [
		plan,
		bodyField(
			{
				displayName: 'Billing Renewal Term',
				name: 'billingRenewalTerm',
				type: 'options',
				options: billingRenewalTermOptions,
				default: 1,
				description: 'How often the subscription renews and is billed',
			},
			`${prefix}BillingRenewalTerm`,
		),
	];
}
