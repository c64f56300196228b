import { dateBodyField } from '../../../shared/fields';
import { defineOperation } from '../../../shared/operations';
import { outseta } from '../../shared/api';
import { OUTSETA_DATE_TIME } from '../../shared/dates';
import { bodyField, fieldCollection, textField } from '../../shared/descriptions';
import { bodyValue, refuse } from '../../shared/validate';

const byKind = (kind: string) => ({ displayOptions: { show: { discountType: [kind] } } });

export const create = defineOperation(outseta, {
	value: 'create',
	name: 'Create',
	action: 'Create a discount coupon',
	description: 'Add a discount code that takes a percentage or an amount off',
	method: 'POST',
	path: '/billing/discountcoupons',
	properties: [
		textField('Code', 'uniqueIdentifier', 'UniqueIdentifier', 'e.g. WELCOME10', { required: true, description: 'What people type to get the discount' }),
		textField('Name', 'name', 'Name', 'e.g. 10% off the first year', { required: true }),
		{
			displayName: 'Discount',
			name: 'discountType',
			type: 'options',
			noDataExpression: true,
			default: 'percent',
			options: [
				{ name: 'Percentage Off', value: 'percent' },
				{ name: 'Amount Off', value: 'amount' },
			],
		},
		{
			...bodyField({ displayName: 'Percent Off', name: 'percentOff', type: 'number', required: true, default: 10, typeOptions: { minValue: 0, maxValue: 100 } }, 'PercentOff'),
			...byKind('percent'),
		},
		{
			...bodyField({ displayName: 'Amount Off', name: 'amountOff', type: 'number', required: true, default: 10, typeOptions: { minValue: 0, numberPrecision: 2 } }, 'AmountOff'),
			...byKind('amount'),
		},
		bodyField(
			{
				displayName: 'Duration',
				name: 'duration',
				type: 'options',
				default: 1,
				options: [
					{ name: 'Forever', value: 1 },
					{ name: 'Once', value: 2 },
					{ name: 'Repeating', value: 3, description: 'For a number of months' },
				],
				description: 'How long the discount applies to a subscription',
			},
			'Duration',
		),
		{
			...bodyField({ displayName: 'Duration in Months', name: 'durationInMonths', type: 'number', required: true, default: 3, typeOptions: { minValue: 1 } }, 'DurationInMonths'),
			displayOptions: { show: { duration: [3] } },
		},
		fieldCollection('additionalFields', [
			bodyField({ displayName: 'Active', name: 'isActive', type: 'boolean', default: true, description: 'Whether the code can be used now' }, 'IsActive'),
			bodyField({ displayName: 'Max Redemptions', name: 'maxRedemptions', type: 'number', default: 100, typeOptions: { minValue: 1 }, description: 'How many times the code can be used in all' }, 'MaxRedemptions'),
			dateBodyField(
				{ displayName: 'Redeem By', name: 'redeemBy', type: 'dateTime', default: '', description: 'Last day the code can be used' },
				'RedeemBy',
				OUTSETA_DATE_TIME,
				{ collection: 'additionalFields', suffix: 'Z' },
			),
			{
				displayName: 'Plan Names or IDs',
				name: 'planUids',
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: 'getPlans' },
				default: [],
				description:
					'Only these plans; none means every plan. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				routing: {
					send: {
						type: 'body',
						property: 'DiscountCouponPlans',
						value: '={{ ($value ?? []).length ? [].concat($value).map((uid) => ({ Uid: uid })) : undefined }}',
					},
				},
			},
		]),
	],
	// Outseta takes one of AmountOff and PercentOff, and the months of a repeating discount.
	validate(request) {
		const number = (path: string) => bodyValue(request.body, path);
		const amount = number('AmountOff');
		const percent = number('PercentOff');
		if ((amount === undefined) === (percent === undefined)) refuse(this, 'Give either "Amount Off" or "Percent Off", not both');
		if (percent !== undefined && !(typeof percent === 'number' && percent > 0 && percent <= 100)) {
			refuse(this, '"Percent Off" must be a number above 0 and at most 100');
		}
		if (amount !== undefined && !(typeof amount === 'number' && amount > 0)) refuse(this, '"Amount Off" must be a number above 0');
		const months = number('DurationInMonths');
		if (number('Duration') === 3 && !(typeof months === 'number' && Number.isInteger(months) && months > 0)) {
			refuse(this, '"Duration in Months" is required for a repeating discount (a whole number of months)');
		}
	},
});
